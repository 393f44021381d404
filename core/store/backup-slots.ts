import fs from 'node:fs/promises';
import path from 'node:path';
import { killPoint } from './kill-point.js';

/** How many earlier versions of each file are kept: enough to step back past a bad save, small enough to stay bounded. */
export const BACKUP_COUNT = 3;

/** One kept version of a file: where it is and when it was saved (its modification time). */
export interface BackupVersion {
  path: string;
  savedAt: Date;
}

/**
 * The last BACKUP_COUNT versions of one file, in `<backups folder>/<name>.0` (newest) to
 * `<name>.2` (oldest). Preserving the current version shifts the others down by renaming (the
 * oldest is replaced) and hard-links the file as `.0`: no copy, since every save writes a new file
 * and renames it over the old one, so the old inode, still named by the link, never changes again.
 * Order lives in the names, not in modification times, which can tie within a clock tick.
 * Backups are best effort: not fsynced, so a crash may lose the newest link, never the file itself.
 */
export class BackupSlots {
  private readonly filePath: string;
  private readonly folder: string;

  constructor(filePath: string, folder: string) {
    this.filePath = filePath;
    this.folder = folder;
  }

  /** Keeps the file as it is now as the newest backup; a missing file (first save) keeps nothing. */
  async preserve(): Promise<void> {
    if (!(await exists(this.filePath))) return;
    for (let slot = BACKUP_COUNT - 1; slot > 0; slot--) {
      try {
        killPoint('backup.rotate');
        await fs.rename(this.slotPath(slot - 1), this.slotPath(slot));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    try {
      killPoint('backup.link');
      await linkOrCopy(this.filePath, this.slotPath(0));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // The backups folder does not exist yet (or the file went away meanwhile).
      killPoint('backup.create-folder');
      await fs.mkdir(this.folder, { recursive: true });
      await linkOrCopy(this.filePath, this.slotPath(0)).catch((again: NodeJS.ErrnoException) => {
        if (again.code !== 'ENOENT') throw again;
      });
    }
  }

  /** The kept versions, newest first, with when each was saved (its modification time). */
  async newestFirst(): Promise<BackupVersion[]> {
    const versions: BackupVersion[] = [];
    for (let slot = 0; slot < BACKUP_COUNT; slot++) {
      const stat = await fs.stat(this.slotPath(slot)).catch(() => null);
      if (stat?.isFile()) versions.push({ path: this.slotPath(slot), savedAt: stat.mtime });
    }
    return versions;
  }

  /** Removes every kept version (the article itself was deleted by the user). */
  async removeAll(): Promise<void> {
    for (let slot = 0; slot < BACKUP_COUNT; slot++) {
      killPoint('backup.remove');
      await fs.rm(this.slotPath(slot), { force: true });
    }
  }

  private slotPath(slot: number): string {
    return path.join(this.folder, `${path.basename(this.filePath)}.${slot}`);
  }
}

async function exists(filePath: string): Promise<boolean> {
  return fs.access(filePath).then(
    () => true,
    () => false,
  );
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // File systems without hard links (FAT, some network shares) get a copy instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') await fs.copyFile(from, to);
    else throw error;
  }
}
