import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, messageOf } from '../api/api-error.js';
import { backupHeader, type BackupSource } from '../export/collect-library-backup.js';
import type { CancelSignal, ExportProgress } from '../model/export-progress.js';
import { readExportArticles } from '../export/read-export-articles.js';
import { readBackedUpEarlierOriginals, readBackedUpOriginal } from './read-backed-up-original.js';
import { syncFolder } from '../store/sync-folder.js';

/** How a backup file is written. */
export interface WriteBackupOptions {
  /** One article only; else the whole library. */
  articleId?: string | undefined;
  /** The library folder whose kept originals (`originals/`) to embed, base64; none when left out. */
  originalsFrom?: string | undefined;
  signal?: CancelSignal | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
}

/**
 * Writes a JSON backup of the library (core/export/library-backup.ts) to a file, one article at
 * a time, so a library of several gigabytes never has to fit in one string. The file appears
 * only when complete (temporary file, fsync, rename); cancelling leaves nothing behind. With
 * `originalsFrom`, each article's kept original rides along (an article whose file is gone has none).
 */
export async function writeLibraryBackup(api: BackupSource, filePath: string, options: WriteBackupOptions = {}): Promise<{ articles: number; originals: number }> {
  const target = path.resolve(filePath);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let articles = 0;
  let originals = 0;
  try {
    const header = await backupHeader(api);
    const file = await open(temporary, 'wx');
    try {
      const opening = JSON.stringify({ ...header, articles: [] }, null, 1);
      // The header as pretty JSON up to the empty articles list, which is then filled in place.
      await file.write(`${opening.slice(0, opening.lastIndexOf('[]'))}[\n`);
      for await (const entry of readExportArticles(api, { articleId: options.articleId, signal: options.signal, onProgress: options.onProgress, oldestFirst: true })) {
        const original = options.originalsFrom === undefined ? null : await readBackedUpOriginal(options.originalsFrom, entry.article);
        const earlier = options.originalsFrom === undefined ? [] : await readBackedUpEarlierOriginals(options.originalsFrom, entry.article);
        if (original !== null) originals += 1;
        originals += earlier.filter((kept) => kept !== null).length;
        const backedUp = { ...entry, ...(original === null ? {} : { original }), ...(earlier.length === 0 ? {} : { earlierOriginals: earlier }) };
        await file.write(`${articles === 0 ? '' : ',\n'}${JSON.stringify(backedUp)}`);
        articles += 1;
      }
      await file.write('\n]\n}\n');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
    await syncFolder(path.dirname(target));
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof ApiError) throw error;
    throw new ApiError('STORAGE_FAILED', `Could not write the backup ${target}: ${messageOf(error)}.`, { cause: error });
  }
  return { articles, originals };
}
