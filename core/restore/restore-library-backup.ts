import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, BugError } from '../api/api-error.js';
import type { CancelSignal, ExportProgress } from '../model/export-progress.js';
import type { LibraryBackup } from '../export/library-backup.js';
import { throwIfExportCancelled } from '../export/throw-if-export-cancelled.js';
import { openLibrary } from '../library/library-service.js';
import { ARTICLE_FILE_VERSIONING, articleFileSchema } from '../store/article-file-schema.js';
import { describeSchemaIssues } from '../store/describe-schema-issues.js';
import { LibraryLayout } from '../store/library-layout.js';
import { assertEmptyLibraryFolder } from './assert-empty-library-folder.js';
import { writeBackedUpOriginal } from '../export-files/write-backed-up-original.js';
import { syncFolder } from '../store/sync-folder.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';

/** How a restore reports and stops. */
export interface RestoreOptions {
  signal?: CancelSignal | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
}

/** What a restore brought back. */
export interface RestoreResult {
  folder: string;
  articles: number;
  highlights: number;
  /** Kept originals put back (backups written with originals only). */
  originals: number;
}

/**
 * Restores a backup into an empty (or new) library folder, all or nothing: the article files
 * are written, exactly as backed up (ids, timestamps, every field), into a temporary folder
 * beside the target, with the originals the backup carries (checked against their SHA-256);
 * the store then builds its index from them as it does after losing one;
 * the result is checked against the backup (articles, tags) and only then renamed into place.
 * A failure or cancel leaves the target as it was.
 */
export async function restoreLibraryBackup(backup: LibraryBackup, libraryFolder: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const target = path.resolve(libraryFolder);
  const state = await assertEmptyLibraryFolder(target);
  const files = backup.articles.map((entry, position) => {
    const parsed = articleFileSchema.safeParse({ schemaVersion: ARTICLE_FILE_VERSIONING.current, article: entry.article, highlights: entry.highlights });
    if (!parsed.success) {
      throw new ApiError('INVALID_ARGUMENT', `The backup's article ${position + 1} ("${String(entry.article?.title ?? '')}") is damaged: ${describeSchemaIssues(parsed.error.issues)}.`);
    }
    return parsed.data;
  });
  if (new Set(files.map((file) => file.article.id)).size !== files.length) {
    throw new ApiError('INVALID_ARGUMENT', 'The backup lists an article twice; it is damaged.');
  }
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.restoring-${randomBytes(6).toString('hex')}`);
  const layout = new LibraryLayout(staging);
  let originals = 0;
  try {
    await mkdir(layout.articlesFolder, { recursive: true });
    options.onProgress?.({ done: 0, total: files.length });
    for (const [position, file] of files.entries()) {
      throwIfExportCancelled(options.signal);
      const original = backup.articles[position]!.original;
      // Before the article file, as an import does: a listed article's original is already there.
      if (original !== undefined) {
        await writeBackedUpOriginal(layout, file.article, original);
        originals += 1;
      }
      const earlier = backup.articles[position]!.earlierOriginals ?? [];
      for (const [index, version] of (file.article.previousVersions ?? []).entries()) {
        const kept = earlier[index];
        if (kept === undefined || kept === null) continue;
        await writeBackedUpOriginal(layout, { ...version, title: `${file.article.title}, earlier capture ${index + 1}` }, kept);
        originals += 1;
      }
      await writeFileAtomic(layout.articlePath(file.article.id), `${JSON.stringify(file, null, 2)}\n`);
      options.onProgress?.({ done: position + 1, total: files.length });
    }
    await syncFolder(layout.articlesFolder);
    if (originals > 0) await syncFolder(layout.originalsFolder);
    await checkAndFinish(staging, backup, files.length);
    throwIfExportCancelled(options.signal);
    await moveIntoPlace(staging, target, state);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  return { folder: target, articles: files.length, highlights: files.reduce((sum, file) => sum + file.highlights.length, 0), originals };
}

/** Opens the staged library (the store builds its index), restores the settings, and checks it holds what the backup does. */
async function checkAndFinish(staging: string, backup: LibraryBackup, articleCount: number): Promise<void> {
  const library = await openLibrary(staging);
  try {
    const listed = await library.listArticles({});
    if (listed.length !== articleCount) {
      throw new BugError(`The restored library holds ${listed.length} articles, not the backup's ${articleCount}; nothing was restored.`);
    }
    // A service without settings yet (an older store) keeps its defaults.
    if (backup.settings && typeof library.updateSettings === 'function') await library.updateSettings({ colorLegend: backup.settings.colorLegend, claimKinds: backup.settings.claimKinds });
    const tags = JSON.stringify(sortTags(await library.listTags({})));
    if (Array.isArray(backup.tags) && tags !== JSON.stringify(sortTags(backup.tags))) {
      throw new BugError('The restored library\'s tags differ from the backup\'s; nothing was restored.');
    }
  } finally {
    await library.close();
  }
}

function sortTags<T extends { name: string; count: number }>(tags: readonly T[]): Array<{ name: string; count: number }> {
  return tags.map(({ name, count }) => ({ name, count })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.count - b.count));
}

/** Renames the staged library to the target; an empty library already there is replaced, or put back on failure. */
async function moveIntoPlace(staging: string, target: string, state: 'missing' | 'empty'): Promise<void> {
  if (state === 'missing') {
    await mkdir(path.dirname(target), { recursive: true });
    await rename(staging, target);
    await syncFolder(path.dirname(target));
    return;
  }
  const aside = `${staging}.replaced`;
  await rename(target, aside);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(aside, target);
    throw error;
  }
  await syncFolder(path.dirname(target));
  await rm(aside, { recursive: true, force: true });
}
