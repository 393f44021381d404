import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { killPoint } from './kill-point.js';
import { syncFolder } from './sync-folder.js';

/**
 * Writes a file so that a reader (Obsidian, a sync tool, the next start) sees either the old
 * content or the whole new one: a temporary file beside it, then rename over the target. With
 * `durable` (the default) the data is fsynced before the rename, so a power cut cannot leave an
 * empty file; that costs a few milliseconds a file, so bulk exports turn it off for content that
 * can be made again. With `syncFolder` the folder is fsynced after the rename; batch writers leave
 * it off and call syncFolder once at the end.
 */
export async function writeFileAtomic(filePath: string, content: string | Uint8Array, options: { durable?: boolean; syncFolder?: boolean } = {}): Promise<void> {
  const folder = path.dirname(filePath);
  // A leading dot keeps Obsidian from indexing a half-written note; ".tmp" marks it as ours to clean up.
  const temporary = path.join(folder, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    killPoint('write-file.create-temporary');
    const file = await open(temporary, 'wx');
    try {
      // writeFile loops until every byte is written, so a short write cannot pass for a whole one.
      killPoint('write-file.write-temporary');
      await file.writeFile(content);
      killPoint('write-file.fsync-temporary');
      if (options.durable !== false) await file.sync();
    } finally {
      await file.close();
    }
    killPoint('write-file.rename');
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  if (options.syncFolder) await syncFolder(folder);
}
