import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type LibraryService } from '../library/library-service.js';
import { readLibraryBackup } from './read-library-backup.js';
import { restoreLibraryBackup } from '../restore/restore-library-backup.js';
import { writeLibraryBackup } from './write-library-backup.js';
import { FIXTURES } from '../../tests/support/fixtures.js';

// A backup "with originals" carries each article's kept source file, and a restore puts
// them back byte for byte; checked on real folders with a text and a binary (DOCX) original.

const SEED = path.join(FIXTURES, 'seed-article.txt');
const DOCX = path.join(FIXTURES, 'documents/docx/simple-list.docx');

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-originals-'));
  library = await openLibrary(path.join(folder, 'library'));
  for (const file of [SEED, DOCX]) {
    await library.importArticle({ fileBase64: (await readFile(file)).toString('base64'), fileName: path.basename(file) });
  }
});

afterEach(async () => {
  await library.close();
  await rm(folder, { recursive: true, force: true });
});

/** Every kept original of a library folder, by name, with its bytes. */
async function originalsOf(libraryFolder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(path.join(libraryFolder, 'originals'))).filter((name) => !name.startsWith('.'));
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(libraryFolder, 'originals', name))] as const)));
}

describe('a backup with originals', () => {
  it('embeds each original as base64 and restores the same files, and the same library', async () => {
    const backupPath = path.join(folder, 'backup.json');
    expect(await writeLibraryBackup(library, backupPath, { originalsFrom: path.join(folder, 'library') })).toEqual({ articles: 2, originals: 2 });
    const backup = await readLibraryBackup(backupPath);
    const kept = await originalsOf(path.join(folder, 'library'));
    expect(kept.size).toBe(2);
    for (const entry of backup.articles) {
      const bytes = kept.get(entry.article.originalPath!.slice('originals/'.length))!;
      expect(Buffer.from(entry.original!.base64, 'base64').equals(bytes)).toBe(true);
      expect(entry.original!.fileName).toBe(entry.article.originalFileName);
    }
    expect(backup.articles.map((entry) => entry.original?.mediaType).sort()).toEqual(['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain; charset=utf-8']);

    const target = path.join(folder, 'restored');
    expect(await restoreLibraryBackup(backup, target)).toMatchObject({ articles: 2, originals: 2 });
    expect(await originalsOf(target)).toEqual(kept);
    const restored = await openLibrary(target);
    try {
      const ids = (await library.listArticles({})).map((article) => article.id).sort();
      expect((await restored.listArticles({})).map((article) => article.id).sort()).toEqual(ids);
      for (const id of ids) expect(await restored.getArticle({ id })).toEqual(await library.getArticle({ id }));
      // Deleting a restored article removes its restored original, as for an imported one.
      await restored.deleteArticle({ id: ids[0]! });
      expect((await originalsOf(target)).size).toBe(1);
    } finally {
      await restored.close();
    }
  });

  it('leaves originals out unless asked, and a restore without them still works', async () => {
    const backupPath = path.join(folder, 'backup.json');
    expect(await writeLibraryBackup(library, backupPath)).toEqual({ articles: 2, originals: 0 });
    const backup = await readLibraryBackup(backupPath);
    expect(backup.articles.every((entry) => entry.original === undefined)).toBe(true);
    expect(await restoreLibraryBackup(backup, path.join(folder, 'restored'))).toMatchObject({ articles: 2, originals: 0 });
  });

  it('refuses an original whose bytes were changed, and leaves nothing behind', async () => {
    const backupPath = path.join(folder, 'backup.json');
    await writeLibraryBackup(library, backupPath, { originalsFrom: path.join(folder, 'library') });
    const backup = await readLibraryBackup(backupPath);
    backup.articles[0]!.original!.base64 = Buffer.from('not the original').toString('base64');
    await expect(restoreLibraryBackup(backup, path.join(folder, 'restored'))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/original .* is damaged: its bytes do not match/) });
    backup.articles[0]!.original!.base64 = '%%%';
    await expect(restoreLibraryBackup(backup, path.join(folder, 'restored'))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/not base64/) });
    expect((await readdir(folder)).sort()).toEqual(['backup.json', 'library']);
  });
});
