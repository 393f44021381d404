import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_LOCAL_IMAGE_BYTES } from './embed-local-images.js';

/**
 * A readResource for ImportInput that reads files inside `folder` only: a path that leaves it
 * (through "..", an absolute path or a symbolic link) or a file over MAX_LOCAL_IMAGE_BYTES gives null.
 */
export function resourceReaderFor(folder: string): (relativePath: string) => Promise<Uint8Array | null> {
  const root = path.resolve(folder);
  return async (relativePath) => {
    if (relativePath.includes('\0') || path.isAbsolute(relativePath)) return null;
    try {
      const realRoot = await fs.realpath(root);
      // Symbolic links are resolved before the check, so a link cannot lead out of the folder.
      const target = await fs.realpath(path.resolve(root, relativePath));
      if (!target.startsWith(realRoot + path.sep)) return null;
      const stat = await fs.stat(target);
      if (!stat.isFile() || stat.size > MAX_LOCAL_IMAGE_BYTES) return null;
      return new Uint8Array(await fs.readFile(target));
    } catch {
      return null;
    }
  };
}
