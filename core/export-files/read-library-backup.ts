import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ApiError, messageOf } from '../api/api-error.js';
import { LIBRARY_BACKUP_FORMAT, LIBRARY_BACKUP_VERSION, type LibraryBackup } from '../export/library-backup.js';

// Articles and highlights are checked in full by the store's own schema when they are restored;
// here only the frame, so a wrong file is named as such before anything is written.
const backupFrameSchema = z.object({
  format: z.literal(LIBRARY_BACKUP_FORMAT),
  version: z.number().int(),
  articles: z.array(z.object({ article: z.object({ id: z.string() }).passthrough(), highlights: z.array(z.unknown()) }).passthrough()),
}).passthrough();

/** Reads and checks a backup file; INVALID_ARGUMENT naming the file when it is not a backup this version can read. */
export async function readLibraryBackup(filePath: string): Promise<LibraryBackup> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    throw new ApiError('NOT_FOUND', `Could not read the backup ${filePath}: ${messageOf(error)}.`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ApiError('INVALID_ARGUMENT', `${filePath} is not a Research Notes backup: it is not valid JSON (${messageOf(error)}).`, { cause: error });
  }
  const frame = backupFrameSchema.safeParse(json);
  if (!frame.success) {
    throw new ApiError('INVALID_ARGUMENT', `${filePath} is not a Research Notes backup (expected "format": "${LIBRARY_BACKUP_FORMAT}" and a list of articles).`);
  }
  if (frame.data.version > LIBRARY_BACKUP_VERSION) {
    throw new ApiError('INVALID_ARGUMENT', `${filePath} was written by a newer Research Notes (backup version ${frame.data.version}); update the app to restore it.`);
  }
  // The frame is checked; articles are checked one by one against the store's schema on restore.
  return json as LibraryBackup;
}
