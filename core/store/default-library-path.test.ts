import { describe, expect, it } from 'vitest';
import { defaultLibraryPath } from './default-library-path.js';

describe('defaultLibraryPath', () => {
  it.each<[string, NodeJS.ProcessEnv, NodeJS.Platform, string, string]>([
    ['override wins on Linux', { RESEARCH_NOTES_LIBRARY: '/data/lib', XDG_CONFIG_HOME: '/x' }, 'linux', '/home/ann', '/data/lib'],
    ['override wins on Windows', { RESEARCH_NOTES_LIBRARY: 'D:\\lib', APPDATA: 'C:\\x' }, 'win32', 'C:\\Users\\ann', 'D:\\lib'],
    ['Linux with XDG_CONFIG_HOME', { XDG_CONFIG_HOME: '/home/ann/cfg' }, 'linux', '/home/ann', '/home/ann/cfg/research-notes/library'],
    ['Linux without XDG_CONFIG_HOME', {}, 'linux', '/home/ann', '/home/ann/.config/research-notes/library'],
    ['Linux ignores an empty XDG_CONFIG_HOME', { XDG_CONFIG_HOME: '' }, 'linux', '/home/ann', '/home/ann/.config/research-notes/library'],
    ['Linux ignores a relative XDG_CONFIG_HOME', { XDG_CONFIG_HOME: 'cfg' }, 'linux', '/home/ann', '/home/ann/.config/research-notes/library'],
    ['an empty override is ignored', { RESEARCH_NOTES_LIBRARY: '' }, 'linux', '/home/ann', '/home/ann/.config/research-notes/library'],
    ['macOS', { XDG_CONFIG_HOME: '/ignored' }, 'darwin', '/Users/ann', '/Users/ann/Library/Application Support/research-notes/library'],
    ['Windows with APPDATA', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann', 'C:\\Users\\ann\\AppData\\Roaming\\research-notes\\library'],
    ['Windows without APPDATA', {}, 'win32', 'C:\\Users\\ann', 'C:\\Users\\ann\\AppData\\Roaming\\research-notes\\library'],
  ])('%s', (_name, env, platform, home, expected) => {
    expect(defaultLibraryPath(env, platform, home)).toBe(expected);
  });

  it('defaults to this process: an absolute path ending in research-notes/library', () => {
    const saved = process.env.RESEARCH_NOTES_LIBRARY;
    delete process.env.RESEARCH_NOTES_LIBRARY;
    try {
      const result = defaultLibraryPath();
      expect(result).toMatch(/research-notes[\\/]library$/);
    } finally {
      if (saved !== undefined) process.env.RESEARCH_NOTES_LIBRARY = saved;
    }
  });
});
