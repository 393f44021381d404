import { open } from 'node:fs/promises';
import { killPoint } from './kill-point.js';

/** Makes renames and removals in a folder durable; without it a power cut can undo them. */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  killPoint('folder.fsync');
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
