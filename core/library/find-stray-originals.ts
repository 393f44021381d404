import fs from 'node:fs/promises';
import type { LibraryLayout } from '../store/library-layout.js';

/** A kept original's name: `<article id>-<16 hex of its SHA-256>[.<ext>]` (core/store/original-files.ts). */
const ORIGINAL_NAME = /^([A-Za-z0-9][A-Za-z0-9_-]{0,199})-[0-9a-f]{16}(\.[A-Za-z0-9]{1,10})?$/;

/**
 * The kept originals whose article the library does not list (an import that a crash stopped
 * after its original was written, a deletion stopped before its original was removed), as paths
 * relative to the library: reported, never removed, since each may be the only copy of a source.
 */
export async function findStrayOriginals(layout: LibraryLayout, isListed: (id: string) => boolean): Promise<string[]> {
  const names = await fs.readdir(layout.originalsFolder).catch(() => [] as string[]);
  return names
    .filter((name) => {
      const id = ORIGINAL_NAME.exec(name)?.[1];
      return id !== undefined && !isListed(id);
    })
    .sort()
    .map((name) => `originals/${name}`);
}
