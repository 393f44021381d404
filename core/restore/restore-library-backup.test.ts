import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExportFile } from '../export/build-export-file.js';
import type { LibraryBackup } from '../export/library-backup.js';
import { openLibrary, type LibraryService } from '../library/library-service.js';
import { exportFilesTestLibrary } from '../export-files/export-files-test-library.js';
import { readLibraryBackup } from '../export-files/read-library-backup.js';
import { restoreLibraryBackup } from './restore-library-backup.js';
import { writeLibraryBackup } from '../export-files/write-library-backup.js';

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-restore-'));
  library = await exportFilesTestLibrary(path.join(folder, 'library'));
});

afterEach(async () => {
  await library.close();
  await rm(folder, { recursive: true, force: true });
});

/** Everything the API shows of a library: its list, every article with its highlights, its tags. */
async function snapshot(api: LibraryService): Promise<unknown> {
  // Articles imported within one millisecond have no order of their own; everything else must match.
  const articles = inImportOrder(await api.listArticles({}));
  return { articles, full: await Promise.all(articles.map((article) => api.getArticle({ id: article.id }))), tags: await api.listTags({}) };
}

describe('writeLibraryBackup and restoreLibraryBackup', () => {
  it('round-trips the library exactly: ids, timestamps, text, documents, highlights and tags', async () => {
    const backupPath = path.join(folder, 'backup.json');
    expect(await writeLibraryBackup(library, backupPath)).toEqual({ articles: 3, originals: 0 });
    const backup = await readLibraryBackup(backupPath);
    expect(backup).toMatchObject({ format: 'research-notes-backup', version: 1 });
    // The streamed file is the same document the API's one-file export gives.
    const viaApi = JSON.parse((await buildExportFile(library, { format: 'json' })).content) as LibraryBackup;
    expect({ ...backup, exportedAt: '' }).toEqual({ ...viaApi, exportedAt: '' });

    const target = path.join(folder, 'restored');
    expect(await restoreLibraryBackup(backup, target)).toEqual({ folder: target, articles: 3, highlights: 6, originals: 0 });
    const restored = await openLibrary(target);
    try {
      expect(await snapshot(restored)).toEqual(await snapshot(library));
      expect((await restored.getLibraryInfo({})).notices).toEqual([]);
    } finally {
      await restored.close();
    }
    expect((await readdir(folder)).sort()).toEqual(['backup.json', 'library', 'restored']);
  });

  it('restores into an existing empty library, and refuses one with articles', async () => {
    const backup = await readLibraryBackup(await backupFile());
    const empty = await openLibrary(path.join(folder, 'empty'));
    await empty.close();
    await restoreLibraryBackup(backup, path.join(folder, 'empty'));
    await expect(restoreLibraryBackup(backup, path.join(folder, 'empty'))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/is not empty \(3 articles\)/) });
    await writeFile(path.join(folder, 'stranger.txt'), 'x');
    await expect(restoreLibraryBackup(backup, folder)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('is all or nothing: a damaged article leaves no library behind', async () => {
    const backup = await readLibraryBackup(await backupFile());
    backup.articles[2]!.highlights[0] = { broken: true } as never;
    const target = path.join(folder, 'restored');
    await expect(restoreLibraryBackup(backup, target)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await readdir(folder)).sort()).toEqual(['backup.json', 'library']);
  });

  it('names a file that is not a backup', async () => {
    const notBackup = path.join(folder, 'other.json');
    await writeFile(notBackup, '{"format":"something-else","articles":[]}');
    await expect(readLibraryBackup(notBackup)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('is not a Research Notes backup') });
    await writeFile(notBackup, '{');
    await expect(readLibraryBackup(notBackup)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(JSON.parse(await readFile(await backupFile(), 'utf8')).articles).toHaveLength(3);
  });
});

function inImportOrder<T extends { importedAt: string; id: string }>(articles: T[]): T[] {
  const sorted = [...articles].sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.id.localeCompare(b.id));
  // The list is newest first; only ties may be reordered by the sort above.
  expect(sorted.map((article) => article.importedAt)).toEqual(articles.map((article) => article.importedAt));
  return sorted;
}

async function backupFile(): Promise<string> {
  const backupPath = path.join(folder, 'backup.json');
  await writeLibraryBackup(library, backupPath);
  return backupPath;
}
