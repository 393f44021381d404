import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appPaths } from './app-paths.js';

describe('appPaths', () => {
  it('finds the preload beside the main bundle and the renderer in dist/renderer', () => {
    const main = path.resolve('/opt/rn/dist/electron');
    const paths = appPaths(main);
    expect(paths.preload).toBe(path.join(main, 'preload.cjs'));
    expect(paths.rendererIndex).toBe(path.resolve('/opt/rn/dist/renderer/index.html'));
    expect(paths.rendererUrl).toBe(pathToFileURL(path.resolve('/opt/rn/dist/renderer/index.html')).href);
  });
});
