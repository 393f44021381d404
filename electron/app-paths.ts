import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the built parts of the app are, seen from the folder of the bundled main process. */
export interface AppPaths {
  preload: string;
  rendererIndex: string;
  /** The renderer's page as a file URL: what the window loads and what IPC senders must show. */
  rendererUrl: string;
}

/**
 * The preload and renderer paths for a main process bundled to `<dist>/electron/main.mjs`
 * (scripts/build.mjs puts the preload beside it and the renderer in `<dist>/renderer`).
 */
export function appPaths(mainFolder: string): AppPaths {
  const rendererIndex = path.resolve(mainFolder, '..', 'renderer', 'index.html');
  return {
    preload: path.resolve(mainFolder, 'preload.cjs'),
    rendererIndex,
    rendererUrl: pathToFileURL(rendererIndex).href,
  };
}
