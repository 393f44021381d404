import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BugError } from '../api/api-error.js';
import { APP_VERSION } from '../model/app-version.js';
import type { Article } from '../model/article.js';
import type { HighlightTarget } from '../model/highlight.js';
import { importedDocumentForTests } from './imported-document-for-tests.js';
import type { LibraryService } from './library-service.js';
import { rejection } from '../api/rejection-test-helpers.js';
import { targetOf, withTemporaryLibraries } from './library-test-helpers.js';

const libraries = withTemporaryLibraries('rn-library-');
const openTracked = libraries.open;

const CLAIM = 'the CSTO failed to help Armenia';
const PARAGRAPHS = [
  `Armen Khachatrian said ${CLAIM} in 2022.`,
  'Officials in Moscow rejected the accusation on Tuesday.',
];

async function addArticle(library: LibraryService, title = 'Summit', paragraphs = PARAGRAPHS): Promise<Article> {
  const summary = await library.addImportedArticle(importedDocumentForTests(title, paragraphs));
  return (await library.getArticle({ id: summary.id })).article;
}

async function readJson(file: string): Promise<any> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

async function temporaryFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith('.tmp'));
}

describe('openLibrary', () => {
  it('creates the folder, its index and articles folder on first open', async () => {
    const libraryFolder = path.join(libraries.folder, 'nested', 'library');
    const library = await openTracked(libraryFolder);
    expect(library.path).toBe(libraryFolder);
    expect(await readJson(path.join(libraryFolder, 'library.json'))).toEqual({ schemaVersion: 2, journalSeq: 0, unsettled: [], articles: [] });
    expect((await fs.stat(path.join(libraryFolder, 'articles'))).isDirectory()).toBe(true);
    expect(await library.getLibraryInfo({})).toEqual({ path: libraryFolder, articleCount: 0, notices: [], readOnly: false });
  });
});

describe('articles', () => {
  it('stores an imported document: list, get, and the files on disk', async () => {
    const library = await openTracked();
    const imported = importedDocumentForTests('Summit', PARAGRAPHS);
    const summary = await library.addImportedArticle(imported);

    expect(summary).toMatchObject({ title: 'Summit', source: 'Summit.txt', highlightCount: 0, lang: 'en', dir: 'ltr' });
    expect(summary.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(summary.importedAt))).toBe(false);
    expect(summary.contentHash).toBe(createHash('sha256').update(imported.text).digest('hex'));

    expect(await library.listArticles({})).toEqual([summary]);
    const { article, highlights } = await library.getArticle({ id: summary.id });
    // Where it came from is guessed from its source when the caller does not say.
    // With its evidence: when and by what it came in, who brought it (no operator set).
    expect(article).toEqual({
      ...summary,
      text: imported.text,
      doc: imported.doc,
      importedFrom: { kind: 'file', fileName: 'Summit.txt' },
      capturedAt: summary.importedAt,
      finalUrl: null,
      tool: `Research Notes ${APP_VERSION}`,
      operator: '',
    });
    expect(highlights).toEqual([]);

    const file = await readJson(path.join(libraries.folder, 'articles', `${summary.id}.json`));
    expect(file).toEqual({ schemaVersion: 1, article, highlights: [] });
    expect((await library.getLibraryInfo({})).articleCount).toBe(1);
    // The index takes the change from its journal when the library is closed.
    await library.close();
    const index = await readJson(path.join(libraries.folder, 'library.json'));
    expect(index.articles).toEqual([{ ...summary, tags: [], claimants: [] }]);
  });

  it('lists the newest import first', async () => {
    const library = await openTracked();
    const first = await library.addImportedArticle(importedDocumentForTests('First', ['one']));
    const second = await library.addImportedArticle(importedDocumentForTests('Second', ['two']));
    const third = await library.addImportedArticle(importedDocumentForTests('Third', ['three']));
    expect((await library.listArticles({})).map((article) => article.id)).toEqual([third.id, second.id, first.id]);
  });

  it('refuses a document whose text is not its document text', async () => {
    const library = await openTracked();
    const imported = { ...importedDocumentForTests('Odd', ['text']), text: 'something else' };
    await expect(library.addImportedArticle(imported)).rejects.toBeInstanceOf(BugError);
    expect(await library.listArticles({})).toEqual([]);
    expect(await fs.readdir(path.join(libraries.folder, 'articles'))).toEqual([]);
  });

  it('deletes an article: gone from the list, its file removed, its tags no longer listed', async () => {
    const library = await openTracked();
    const kept = await addArticle(library, 'Kept');
    const doomed = await addArticle(library, 'Doomed');
    await library.createHighlight({ articleId: doomed.id, target: targetOf(doomed, CLAIM), tags: ['Gone'] });
    expect(await library.deleteArticle({ id: doomed.id })).toBeNull();

    expect((await library.listArticles({})).map((article) => article.id)).toEqual([kept.id]);
    expect(await fs.readdir(path.join(libraries.folder, 'articles'))).toEqual([`${kept.id}.json`]);
    expect(await library.listTags({})).toEqual([]);
    expect((await rejection(library.getArticle({ id: doomed.id }))).code).toBe('NOT_FOUND');
  });

  it('leaves nothing listed when the article file cannot be written after the index journal was', async () => {
    const library = await openTracked();
    const kept = await library.addImportedArticle(importedDocumentForTests('Kept', ['one']));
    // A file in place of the articles libraries.folder makes writing the new article fail.
    const articlesFolder = path.join(libraries.folder, 'articles');
    await fs.rename(articlesFolder, path.join(libraries.folder, 'articles-away'));
    await fs.writeFile(articlesFolder, 'x');

    const error = await rejection(library.addImportedArticle(importedDocumentForTests('Lost', ['two'])));
    expect(error.code).toBe('STORAGE_FAILED');
    expect((await library.listArticles({})).map((article) => article.id)).toEqual([kept.id]);
    await fs.rm(articlesFolder);
    await fs.rename(path.join(libraries.folder, 'articles-away'), articlesFolder);
    await library.close();
    const reopened = await openTracked();
    expect((await reopened.listArticles({})).map((article) => article.id)).toEqual([kept.id]);
    expect(await temporaryFiles(libraries.folder)).toEqual([]);
  });

  it.each([
    ['getArticle', (library: LibraryService) => library.getArticle({ id: 'nope' })],
    ['deleteArticle', (library: LibraryService) => library.deleteArticle({ id: 'nope' })],
    ['exportLibrary of one article', (library: LibraryService) => library.exportLibrary({ format: 'md', articleId: 'nope' })],
    ['getArticle with a path as id', (library: LibraryService) => library.getArticle({ id: '../library' })],
  ])('%s of an unknown article answers NOT_FOUND', async (_name, call) => {
    const library = await openTracked();
    expect((await rejection(call(library))).code).toBe('NOT_FOUND');
  });
});

describe('highlights', () => {
  it('create, update and delete persist across close() and a fresh openLibrary()', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const created = await library.createHighlight({
      articleId: article.id,
      target: targetOf(article, CLAIM),
      claimant: 'Armen Khachatrian',
      tags: ['CSTO', 'Armenia'],
      note: 'Check against the ministry statement.',
    });
    expect(created).toMatchObject({ articleId: article.id, claimant: 'Armen Khachatrian', tags: ['CSTO', 'Armenia'], color: 'yellow' });
    expect(created.createdAt).toBe(created.updatedAt);
    const other = await library.createHighlight({ articleId: article.id, target: targetOf(article, 'Officials in Moscow') });
    expect(other).toMatchObject({ claimant: '', tags: [], note: '', color: 'yellow' });
    await library.close();

    const reopened = await openTracked();
    const afterReopen = await reopened.getArticle({ id: article.id });
    expect(afterReopen.highlights).toEqual([created, other]);
    expect(afterReopen.article.highlightCount).toBe(2);
    expect((await reopened.listArticles({}))[0]?.highlightCount).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 2));
    const updated = await reopened.updateHighlight({
      articleId: article.id,
      id: created.id,
      patch: { note: 'Confirmed.', tags: ['CSTO'], color: 'red' },
    });
    expect(updated).toMatchObject({ id: created.id, claimant: 'Armen Khachatrian', note: 'Confirmed.', tags: ['CSTO'], color: 'red' });
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    await reopened.deleteHighlight({ articleId: article.id, id: other.id });
    await reopened.close();

    const third = await openTracked();
    const final = await third.getArticle({ id: article.id });
    expect(final.highlights).toEqual([updated]);
    expect(final.article.highlightCount).toBe(1);
    expect((await third.listArticles({}))[0]?.highlightCount).toBe(1);
    expect(await third.listTags({})).toEqual([{ name: 'CSTO', count: 1 }]);
  });

  it('keeps two overlapping highlights, listed by position', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const inner = await library.createHighlight({ articleId: article.id, target: targetOf(article, 'CSTO failed') });
    const outer = await library.createHighlight({ articleId: article.id, target: targetOf(article, CLAIM) });
    const { highlights } = await library.getArticle({ id: article.id });
    expect(highlights.map((highlight) => highlight.id)).toEqual([outer.id, inner.id]);
  });

  it('refuses a target that does not fit the article with INVALID_ARGUMENT, and stores nothing', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const good = targetOf(article, CLAIM);
    const { start, end } = good.position;
    const bad: [string, HighlightTarget][] = [
      ['a quote that is not the text there', { ...good, quote: { ...good.quote, exact: 'the NATO failed to help Armenia' } }],
      ['a position shifted by one', { ...good, position: { ...good.position, start: start + 1, end: end + 1 } }],
      ['an empty range', { ...good, position: { ...good.position, end: start } }],
      ['a range past the end', { ...good, position: { ...good.position, end: article.text.length + 1 } }],
    ];
    for (const [, target] of bad) {
      const error = await rejection(library.createHighlight({ articleId: article.id, target }));
      expect(error.code).toBe('INVALID_ARGUMENT');
    }
    expect((await library.getArticle({ id: article.id })).highlights).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown article or highlight', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const target = targetOf(article, CLAIM);
    expect((await rejection(library.createHighlight({ articleId: 'nope', target }))).code).toBe('NOT_FOUND');
    expect((await rejection(library.updateHighlight({ articleId: article.id, id: 'nope', patch: { note: 'x' } }))).code).toBe('NOT_FOUND');
    expect((await rejection(library.deleteHighlight({ articleId: article.id, id: 'nope' }))).code).toBe('NOT_FOUND');
  });

  it('writes only the changed article file, and the index only when counts change', async () => {
    const library = await openTracked();
    const article = await addArticle(library, 'Edited');
    const untouched = await addArticle(library, 'Untouched');
    const indexPath = path.join(libraries.folder, 'library.json');
    const untouchedPath = path.join(libraries.folder, 'articles', `${untouched.id}.json`);
    const untouchedBefore = await fs.stat(untouchedPath);

    const highlight = await library.createHighlight({ articleId: article.id, target: targetOf(article, CLAIM), tags: ['CSTO'] });
    const indexAfterCreate = await fs.stat(indexPath);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await library.updateHighlight({ articleId: article.id, id: highlight.id, patch: { note: 'only the note changes' } });

    expect((await fs.stat(indexPath)).mtimeMs).toBe(indexAfterCreate.mtimeMs);
    expect((await fs.stat(indexPath)).ino).toBe(indexAfterCreate.ino);
    expect((await fs.stat(untouchedPath)).ino).toBe(untouchedBefore.ino);
    expect((await fs.stat(untouchedPath)).mtimeMs).toBe(untouchedBefore.mtimeMs);
    const onDisk = await readJson(path.join(libraries.folder, 'articles', `${article.id}.json`));
    expect(onDisk.highlights[0].note).toBe('only the note changes');
  });

  it('after many concurrent saves holds the last state on disk and leaves no temporary file', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const target = targetOf(article, CLAIM);
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, n) => library.createHighlight({ articleId: article.id, target, note: `note ${n}`, tags: [`tag${n % 4}`] })),
    );
    const first = created[0]!;
    const updates = Array.from({ length: 40 }, (_, n) =>
      library.updateHighlight({ articleId: article.id, id: first.id, patch: { note: `revision ${n}` } }),
    );
    const deletes = created.slice(30).map((highlight) => library.deleteHighlight({ articleId: article.id, id: highlight.id }));
    await Promise.all([...updates, ...deletes]);

    const onDisk = await readJson(path.join(libraries.folder, 'articles', `${article.id}.json`));
    expect(onDisk.highlights).toHaveLength(30);
    expect(onDisk.highlights.find((highlight: { id: string }) => highlight.id === first.id).note).toBe('revision 39');
    expect(new Set(onDisk.highlights.map((highlight: { note: string }) => highlight.note)).size).toBe(30);
    expect(await temporaryFiles(libraries.folder)).toEqual([]);
    expect(await library.listTags({})).toEqual([
      { name: 'tag0', count: 8 },
      { name: 'tag1', count: 8 },
      { name: 'tag2', count: 7 },
      { name: 'tag3', count: 7 },
    ]);
    await library.close();
    const index = await readJson(path.join(libraries.folder, 'library.json'));
    expect(index.articles[0].highlightCount).toBe(30);
  });

  it('createHighlight keeps every field it is given, as an edit would set it', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const noteDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rich note' }] }] };
    const created = await library.createHighlight({ articleId: article.id, target: targetOf(article, CLAIM), claim: { kind: 'accusation' }, grading: { reliability: 'B', credibility: '2' }, noteDoc, tags: ['CSTO', 'csto'] });
    expect(created).toMatchObject({ note: 'Rich note', noteDoc, tags: ['CSTO'], grading: { reliability: 'B', credibility: '2' }, claim: { kind: 'accusation', quoteKind: 'direct', madeOn: null } });
    const onDisk = await readJson(path.join(libraries.folder, 'articles', `${article.id}.json`));
    expect(onDisk.highlights[0]).toMatchObject({ note: 'Rich note', claim: { kind: 'accusation' }, grading: { reliability: 'B', credibility: '2' } });
  });

  it('close() waits for calls in progress, and later calls are refused', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const pending = library.createHighlight({ articleId: article.id, target: targetOf(article, CLAIM), note: 'in flight' });
    await library.close();
    const onDisk = await readJson(path.join(libraries.folder, 'articles', `${article.id}.json`));
    expect(onDisk.highlights.map((highlight: { note: string }) => highlight.note)).toEqual(['in flight']);
    await pending;
    await expect(library.listArticles({})).rejects.toMatchObject({ code: 'LIBRARY_CLOSED', message: expect.stringContaining('has been closed') });
  });
});

describe('tags', () => {
  it('are trimmed, de-duplicated ignoring case, and written as the library already writes them', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const target = targetOf(article, CLAIM);
    const first = await library.createHighlight({ articleId: article.id, target, tags: ['CSTO', ' Armenia ', 'armenia'] });
    expect(first.tags).toEqual(['CSTO', 'Armenia']);
    const second = await library.createHighlight({ articleId: article.id, target, tags: ['csto', 'ARMENIA', 'Russia'] });
    expect(second.tags).toEqual(['CSTO', 'Armenia', 'Russia']);
    const updated = await library.updateHighlight({ articleId: article.id, id: first.id, patch: { tags: ['russia', 'cSTo'] } });
    expect(updated.tags).toEqual(['Russia', 'CSTO']);
    expect(await library.listTags({})).toEqual([
      { name: 'CSTO', count: 2 },
      { name: 'Russia', count: 2 },
      { name: 'Armenia', count: 1 },
    ]);
  });

  it('take the canonical casing across articles and survive a reopen', async () => {
    const library = await openTracked();
    const one = await addArticle(library, 'One');
    await library.createHighlight({ articleId: one.id, target: targetOf(one, CLAIM), tags: ['CSTO'] });
    await library.close();
    const reopened = await openTracked();
    const two = await addArticle(reopened, 'Two');
    const highlight = await reopened.createHighlight({ articleId: two.id, target: targetOf(two, CLAIM), tags: ['csto'] });
    expect(highlight.tags).toEqual(['CSTO']);
    expect(await reopened.listTags({})).toEqual([{ name: 'CSTO', count: 2 }]);
  });

  it('a tag used by only the highlight being edited can change its casing', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const highlight = await library.createHighlight({ articleId: article.id, target: targetOf(article, CLAIM), tags: ['csto'] });
    const updated = await library.updateHighlight({ articleId: article.id, id: highlight.id, patch: { tags: ['CSTO'] } });
    expect(updated.tags).toEqual(['CSTO']);
    expect(await library.listTags({})).toEqual([{ name: 'CSTO', count: 1 }]);
  });

  it('listTags filters by prefix ignoring case, orders by use then name, honours the limit, and drops unused tags', async () => {
    const library = await openTracked();
    const article = await addArticle(library);
    const target = targetOf(article, CLAIM);
    const make = (tags: string[]) => library.createHighlight({ articleId: article.id, target, tags });
    await make(['Armenia', 'CSTO']);
    await make(['armenia', 'Azerbaijan']);
    await make(['Armenia', 'army']);
    const onlyRussia = await make(['Russia']);

    expect(await library.listTags({})).toEqual([
      { name: 'Armenia', count: 3 },
      { name: 'army', count: 1 },
      { name: 'Azerbaijan', count: 1 },
      { name: 'CSTO', count: 1 },
      { name: 'Russia', count: 1 },
    ]);
    expect(await library.listTags({ prefix: 'AR' })).toEqual([
      { name: 'Armenia', count: 3 },
      { name: 'army', count: 1 },
    ]);
    expect(await library.listTags({ prefix: 'a', limit: 2 })).toEqual([
      { name: 'Armenia', count: 3 },
      { name: 'army', count: 1 },
    ]);
    expect(await library.listTags({ prefix: 'zzz' })).toEqual([]);

    await library.deleteHighlight({ articleId: article.id, id: onlyRussia.id });
    expect((await library.listTags({})).map((tag) => tag.name)).not.toContain('Russia');
  });
});

describe('exportLibrary of one article as Markdown', () => {
  it('exports the article with its highlights under a suggested file name', async () => {
    const library = await openTracked();
    const article = await addArticle(library, 'Summit');
    await library.createHighlight({ articleId: article.id, target: targetOf(article, CLAIM), claimant: 'Armen Khachatrian', tags: ['CSTO'] });
    const { fileName, content: markdown, mediaType } = await library.exportLibrary({ format: 'md', articleId: article.id });
    expect(fileName).toMatch(/\.md$/);
    expect(mediaType).toBe('text/markdown; charset=utf-8');
    expect(markdown).toContain('Summit');
    expect(markdown).toContain(CLAIM);
    expect(markdown).toContain('Armen Khachatrian');
  });
});
