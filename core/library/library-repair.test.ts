import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import { importedDocumentForTests } from './imported-document-for-tests.js';
import { openLibrary, type LibraryService } from './library-service.js';
import { withTemporaryLibraries } from './library-test-helpers.js';

const libraries = withTemporaryLibraries('rn-repair-');
const openTracked = libraries.open;

const CLAIM = 'the CSTO failed to help Armenia';

async function highlight(library: LibraryService, article: Article, note: string): Promise<void> {
  const start = article.text.indexOf(CLAIM);
  await library.createHighlight({
    articleId: article.id,
    target: { quote: { type: 'TextQuoteSelector', exact: CLAIM, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + CLAIM.length } },
    note,
    tags: [note],
  });
}

/** A library of two articles; the first with three saves (so it has backups), closed. */
async function makeLibrary(): Promise<{ first: Article; second: Article }> {
  const library = await openLibrary(libraries.folder);
  const ids = [
    await library.addImportedArticle(importedDocumentForTests('First', [`He said ${CLAIM}.`])),
    await library.addImportedArticle(importedDocumentForTests('Second', [`She said ${CLAIM} too.`])),
  ];
  const first = (await library.getArticle({ id: ids[0]!.id })).article;
  const second = (await library.getArticle({ id: ids[1]!.id })).article;
  for (const note of ['one', 'two', 'three']) await highlight(library, first, note);
  await highlight(library, second, 'other');
  await library.close();
  return { first, second };
}

async function folderEntries(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

const damages: [string, (text: string) => string][] = [
  ['truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
  ['empty', () => ''],
  ['garbled', (text) => text.replace(/"/g, "'")],
  ['of the wrong shape', (text) => text.replace('"highlights"', '"highlites"')],
];

describe('a damaged article file', () => {
  it.each(damages)('when %s, is moved aside and its newest good backup restored, with a notice', async (_case, damage) => {
    const { first, second } = await makeLibrary();
    const articlePath = path.join(libraries.folder, 'articles', `${first.id}.json`);
    const damagedText = damage(await fs.readFile(articlePath, 'utf8'));
    await fs.writeFile(articlePath, damagedText);

    const library = await openTracked();
    const { highlights } = await library.getArticle({ id: first.id });
    // The newest backup is the version before the last save: two of the three highlights.
    expect(highlights.map((h) => h.note)).toEqual(['one', 'two']);
    expect((await library.listArticles({})).find((a) => a.id === first.id)?.highlightCount).toBe(2);
    expect(await library.listTags({ prefix: 'three' })).toEqual([]);
    // The other article is untouched.
    expect((await library.getArticle({ id: second.id })).highlights).toHaveLength(1);

    const moved = (await folderEntries(path.join(libraries.folder, 'articles'))).filter((name) => name.includes('.damaged-'));
    expect(moved).toHaveLength(1);
    expect(await fs.readFile(path.join(libraries.folder, 'articles', moved[0]!), 'utf8')).toBe(damagedText);
    const { notices } = await library.getLibraryInfo({});
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(articlePath);
    expect(notices[0]).toContain(moved[0]);
    expect(notices[0]).toMatch(/Restored the version saved at \d{4}-\d\d-\d\dT/);
  });

  it('with no good backup, is kept aside, dropped from the list, and the app goes on', async () => {
    const { first, second } = await makeLibrary();
    await fs.rm(path.join(libraries.folder, 'backups'), { recursive: true });
    const articlePath = path.join(libraries.folder, 'articles', `${first.id}.json`);
    await fs.writeFile(articlePath, '{"schemaVersion": 1, "article": ');

    const library = await openTracked();
    const error = await library.getArticle({ id: first.id }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'LIBRARY_DAMAGED' });
    expect((await library.listArticles({})).map((a) => a.id)).toEqual([second.id]);
    expect((await library.getLibraryInfo({})).notices.join('\n')).toContain(articlePath);
    expect((await folderEntries(path.join(libraries.folder, 'articles'))).some((name) => name.startsWith(`${first.id}.json.damaged-`))).toBe(true);
  });

  it('keeps at most three backups per file', async () => {
    const { first } = await makeLibrary();
    const library = await openTracked();
    for (const note of ['four', 'five', 'six', 'seven']) await highlight(library, first, note);
    const backups = (await folderEntries(path.join(libraries.folder, 'backups', 'articles'))).filter((name) => name.startsWith(first.id));
    expect(backups).toEqual([0, 1, 2].map((n) => `${first.id}.json.${n}`));
  });
});

describe('a damaged index', () => {
  it.each([...damages.slice(0, 3), ['listing an id that is a path', (text: string) => text.replace(/"id":"[^"]+"/, '"id":"../../etc/passwd"')] as [string, (text: string) => string]])(
    'when %s, is moved aside and rebuilt from the article files, with a notice',
    async (_case, damage) => {
      const { first, second } = await makeLibrary();
      const indexPath = path.join(libraries.folder, 'library.json');
      const damagedText = damage(await fs.readFile(indexPath, 'utf8'));
      await fs.writeFile(indexPath, damagedText);

      const library = await openTracked();
      const articles = await library.listArticles({});
      expect(articles.map((a) => [a.id, a.highlightCount])).toEqual([
        [second.id, 1],
        [first.id, 3],
      ]);
      expect((await library.listTags({})).map((tag) => tag.name).sort()).toEqual(['one', 'other', 'three', 'two']);
      const moved = (await folderEntries(libraries.folder)).filter((name) => name.startsWith('library.json.damaged-'));
      expect(moved).toHaveLength(1);
      expect(await fs.readFile(path.join(libraries.folder, moved[0]!), 'utf8')).toBe(damagedText);
      const { notices } = await library.getLibraryInfo({});
      expect(notices.join('\n')).toContain(indexPath);
      expect(notices.join('\n')).toContain('rebuilt from 2 article files');
    },
  );

  it('when missing, is rebuilt from the article files, adopting every one', async () => {
    const { first, second } = await makeLibrary();
    await fs.rm(path.join(libraries.folder, 'library.json'));
    const library = await openTracked();
    expect((await library.listArticles({})).map((a) => a.id).sort()).toEqual([first.id, second.id].sort());
    expect((await library.getLibraryInfo({})).notices.join('\n')).toContain('was missing');
  });

  it('a torn last journal line (a save that never returned) is ignored', async () => {
    const { first } = await makeLibrary();
    const library = await openLibrary(libraries.folder);
    await highlight(library, first, 'four');
    // Simulates a crash: the lock and journal stay as a killed process leaves them.
    await fs.appendFile(path.join(libraries.folder, 'library.journal'), '{"v":2,"seq":99,"put":{"id":');
    const lock = JSON.parse(await fs.readFile(path.join(libraries.folder, '.lock'), 'utf8'));
    await fs.writeFile(path.join(libraries.folder, '.lock'), JSON.stringify({ ...lock, pid: 2 ** 22 + 12345 }));
    const reopened = await openTracked();
    expect((await reopened.listArticles({})).find((a) => a.id === first.id)?.highlightCount).toBe(4);
    expect((await reopened.getLibraryInfo({})).notices).toEqual([]);
    await library.close().catch(() => undefined);
  });

  it('temporary files left by a killed writer are removed on open', async () => {
    await makeLibrary();
    const leftover = path.join(libraries.folder, 'articles', '.x.json.1234.tmp');
    await fs.writeFile(leftover, '{');
    await openTracked();
    await expect(fs.access(leftover)).rejects.toThrow();
  });

  it('a file from a newer version is refused and left as it is', async () => {
    await makeLibrary();
    const indexPath = path.join(libraries.folder, 'library.json');
    const newer = JSON.stringify({ schemaVersion: 99, articles: [] });
    await fs.writeFile(indexPath, newer);
    const error = await openLibrary(libraries.folder).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'LIBRARY_DAMAGED' });
    expect((error as Error).message).toContain('newer version');
    expect(await fs.readFile(indexPath, 'utf8')).toBe(newer);
    // The lock was given back: the library can be opened once the file is fixed.
    await expect(fs.access(path.join(libraries.folder, '.lock'))).rejects.toThrow();
  });
});

describe('a damaged settings file', () => {
  it('is restored from its newest good backup, with its saved filters, tag colours and library id', async () => {
    const library = await openLibrary(libraries.folder);
    const { libraryId } = await readSettings();
    await library.saveFilter({ name: 'Claims about Azerbaijan', filter: { about: 'Azerbaijan' } });
    await library.setTagColor({ name: 'CSTO', color: 'red' });
    await library.saveFilter({ name: 'Newest', filter: {} });
    await library.close();
    const settingsPath = path.join(libraries.folder, 'settings.json');
    await fs.writeFile(settingsPath, (await fs.readFile(settingsPath, 'utf8')).slice(0, 20));

    const reopened = await openTracked();
    // The newest backup is the version before the last save.
    expect((await reopened.listSavedFilters({})).map((filter) => filter.name)).toEqual(['Claims about Azerbaijan']);
    expect((await readSettings()).tagColors).toEqual({ csto: 'red' });
    expect((await readSettings()).libraryId).toBe(libraryId);
    const { notices } = await reopened.getLibraryInfo({});
    expect(notices.join('\n')).toMatch(/settings\.json was damaged; it was moved to .*settings\.json\.damaged-.*Restored the version saved at/);
    expect((await folderEntries(path.join(libraries.folder, 'backups'))).filter((name) => name.startsWith('settings.json.'))).toEqual(['settings.json.0', 'settings.json.1', 'settings.json.2']);
  });
});

async function readSettings(): Promise<{ libraryId: string; tagColors: Record<string, string> }> {
  return JSON.parse(await fs.readFile(path.join(libraries.folder, 'settings.json'), 'utf8')) as { libraryId: string; tagColors: Record<string, string> };
}

describe('the check at open of the article files against the index', () => {
  it('lists an article file the index does not know, and says so', async () => {
    const { first, second } = await makeLibrary();
    // An index written before the second article was listed, as an interrupted repair can leave it.
    const indexPath = path.join(libraries.folder, 'library.json');
    const index = JSON.parse(await fs.readFile(indexPath, 'utf8')) as { articles: { id: string }[] };
    index.articles = index.articles.filter((entry) => entry.id !== second.id);
    await fs.writeFile(indexPath, JSON.stringify(index));

    const library = await openTracked();
    expect((await library.listArticles({})).map((a) => [a.id, a.highlightCount]).sort()).toEqual([[first.id, 3], [second.id, 1]].sort());
    expect((await library.listTags({ prefix: 'other' })).map((tag) => tag.name)).toEqual(['other']);
    expect((await library.getLibraryInfo({})).notices.join('\n')).toMatch(/1 article file in .* was not in the library index.*"Second"/);
  });

  it('names a kept original that has no article as recoverable, and leaves it', async () => {
    await makeLibrary();
    const stray = path.join(libraries.folder, 'originals', 'lost-article-0123456789abcdef.pdf');
    await fs.mkdir(path.dirname(stray), { recursive: true });
    await fs.writeFile(stray, 'the bytes of a source');
    const library = await openTracked();
    expect((await library.getLibraryInfo({})).notices.join('\n')).toContain('1 kept original has no article in the library (an import or a deletion that did not finish): originals/lost-article-0123456789abcdef.pdf. Import it again');
    expect(await fs.readFile(stray, 'utf8')).toBe('the bytes of a source');
  });
});
