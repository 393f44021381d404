import fs from 'node:fs/promises';
import path from 'node:path';
import { TEMPORARY_FILE_SUFFIX } from './atomic-json-file.js';
import { killPoint } from './kill-point.js';

/**
 * Removes the temporary files a process killed mid-write left in `folders`. Only safe while this
 * process holds the library lock: another writer's temporary file would be in use.
 */
export async function removeTemporaryFiles(folders: readonly string[]): Promise<number> {
  let removed = 0;
  for (const folder of folders) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith('.') && name.endsWith(TEMPORARY_FILE_SUFFIX)) {
        killPoint('temporary.remove');
        await fs.rm(path.join(folder, name), { force: true });
        removed++;
      }
    }
  }
  return removed;
}
