import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, parseWindowState, readWindowState, writeWindowState } from './window-state.js';

const SCREEN = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it.each([
    ['no file', null, DEFAULT_WINDOW_STATE],
    ['garbled', '{"width": 10', DEFAULT_WINDOW_STATE],
    ['not an object', '42', DEFAULT_WINDOW_STATE],
    ['a saved window', '{"width":1000,"height":700,"x":100,"y":50,"maximized":true}', { width: 1000, height: 700, x: 100, y: 50, maximized: true }],
    ['too small', '{"width":10,"height":10}', { width: 720, height: 480, maximized: false }],
    ['bigger than the screen', '{"width":9000,"height":9000}', { width: 1920, height: 1080, maximized: false }],
    ['on an unplugged monitor', '{"width":1000,"height":700,"x":3000,"y":50}', { width: 1000, height: 700, maximized: false }],
    ['wrong types', '{"width":"wide","height":null,"x":"1","maximized":"yes"}', DEFAULT_WINDOW_STATE],
  ])('%s', (_case, text, expected) => {
    expect(parseWindowState(text, [SCREEN])).toEqual(expected);
  });

  it('keeps a window on a second screen', () => {
    const second = { x: 1920, y: 0, width: 1280, height: 1024 };
    expect(parseWindowState('{"width":800,"height":600,"x":2000,"y":100}', [SCREEN, second])).toMatchObject({ x: 2000, y: 100 });
  });

  it('writes and reads back through a real file, replacing the old state whole', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'rn-window-')), 'window-state.json');
    expect(readWindowState(file, [SCREEN])).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(file, 'garbage');
    writeWindowState(file, { width: 900, height: 650, x: 10, y: 20, maximized: false });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ width: 900, height: 650, x: 10, y: 20, maximized: false });
    expect(readWindowState(file, [SCREEN])).toEqual({ width: 900, height: 650, x: 10, y: 20, maximized: false });
  });
});
