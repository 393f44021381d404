import fs from 'node:fs/promises';
import { ApiError } from '../api/api-error.js';
import type { AtomicJsonFile } from './atomic-json-file.js';
import type { BackupSlots } from './backup-slots.js';
import { moveAside } from './move-aside.js';
import { NewerFormatError } from './newer-format-error.js';

/**
 * Reads a file; if it is damaged (not JSON, wrong shape, fails `check`) or missing, moves the
 * damaged file aside, writes back the newest backup that reads cleanly, and reports what happened.
 * Returns null only when there is neither a good file nor a good backup. A file from a newer app
 * version, or a disk that cannot be read, is not damage and throws as it is.
 */
export async function restoreFromBackup<T>(
  file: AtomicJsonFile<T>,
  backups: BackupSlots,
  report: (notice: string) => void,
  check: (data: T) => string | null = () => null,
  readOnly = false,
): Promise<T | null> {
  let problem: string;
  try {
    const data = await file.read();
    if (data === null) {
      problem = 'missing';
    } else {
      const wrong = check(data);
      if (wrong === null) return data;
      problem = wrong;
    }
  } catch (error) {
    if (error instanceof NewerFormatError || !(error instanceof ApiError) || error.code !== 'LIBRARY_DAMAGED') throw error;
    problem = error.message;
  }
  const exists = await fs.access(file.filePath).then(() => true, () => false);
  if (readOnly) return readBackupInPlace(file, backups, report, check, exists);
  const movedTo = exists ? await moveAside(file.filePath) : null;
  const what = movedTo ? `The library file ${file.filePath} was damaged; it was moved to ${movedTo}` : `The library file ${file.filePath} was missing`;
  for (const backup of await backups.newestFirst()) {
    let data: T | null;
    try {
      data = await file.readCopy(backup.path);
    } catch {
      // A damaged backup is simply not a candidate; the next older one may be good.
      continue;
    }
    if (data === null || check(data) !== null) continue;
    await file.write(data);
    report(`${what}. Restored the version saved at ${backup.savedAt.toISOString()} from its backup.`);
    return data;
  }
  if (movedTo) report(`${what}, and no good backup of it was found (${problem}).`);
  return null;
}

/** In a read-only library: the newest good backup as it is, leaving the damaged file where it is. */
async function readBackupInPlace<T>(file: AtomicJsonFile<T>, backups: BackupSlots, report: (notice: string) => void, check: (data: T) => string | null, exists: boolean): Promise<T | null> {
  for (const backup of await backups.newestFirst()) {
    const data = await file.readCopy(backup.path).catch(() => null);
    if (data === null || check(data) !== null) continue;
    report(`The library file ${file.filePath} is ${exists ? 'damaged' : 'missing'}; the version saved at ${backup.savedAt.toISOString()} is shown from its backup (the library is read-only, so nothing was repaired).`);
    return data;
  }
  return null;
}
