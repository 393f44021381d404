import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import type { Article } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import { openLibrary, type LibraryService } from './library-service.js';
import { DOCUMENTS, SEED_ARTICLE } from '../../tests/support/fixtures.js';
import { rejection } from '../api/rejection-test-helpers.js';

// Provenance, kept originals and re-import, through the service on real temporary
// folders, with pages served by a local HTTP server whose content the tests change.

const SEED = SEED_ARTICLE;
const PDF = path.join(DOCUMENTS, 'pdf/two_paragraphs.pdf');

const MOVED = 'the bridge would open in May';
const EDITED = 'the bridge would open in mid-May';
const DROPPED = 'Critics called the plan reckless and expensive because nobody had costed the ramps';
const KEPT = 'Officials declined to comment on the delay';

function page(paragraphs: string[], canonical?: string): string {
  const link = canonical ? `<link rel="canonical" href="${canonical}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed</title>${link}</head><body><article><h1>Bridge delayed</h1>${paragraphs
    .map((text) => `<p>${text}</p>`)
    .join('')}</article></body></html>`;
}

const FIRST = [`The minister said ${MOVED}, after two years of work on the river crossing.`, `${DROPPED}.`, `${KEPT}, citing the weather.`];
const SECOND = [
  'A new opening paragraph was added by the editors when the story was updated on Tuesday evening.',
  `The minister said ${EDITED}, after two years of work on the river crossing.`,
  `${KEPT}, citing the weather.`,
];

let server: http.Server;
let base: string;
const served = new Map<string, string>();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const body = served.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (body === undefined) response.writeHead(404).end('missing');
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-reimport-'));
  library = await openLibrary(folder);
  served.clear();
});

afterEach(async () => {
  await library.close();
  await fs.rm(folder, { recursive: true, force: true });
});

async function highlight(article: Article, exact: string): Promise<Highlight> {
  const start = article.text.indexOf(exact);
  expect(start, `"${exact}" is in the article`).toBeGreaterThanOrEqual(0);
  const end = start + exact.length;
  return library.createHighlight({
    articleId: article.id,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: article.text.slice(Math.max(0, start - 32), start), suffix: article.text.slice(end, end + 32) },
      position: { type: 'TextPositionSelector', start, end },
    },
    note: `note on ${exact}`,
  });
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('provenance and the kept original', () => {
  it('keeps a PDF original inside the library, whose SHA-256 matches, with the article’s provenance', async () => {
    const bytes = await fs.readFile(PDF);
    const summary = await library.importArticle({ fileBase64: bytes.toString('base64'), fileName: 'two_paragraphs.pdf' });
    const { article } = await library.getArticle({ id: summary.id });
    expect(article).toMatchObject({
      importedFrom: { kind: 'file', fileName: 'two_paragraphs.pdf' },
      format: 'pdf',
      originalFileName: 'two_paragraphs.pdf',
      mediaType: 'application/pdf',
      originalSha256: sha256(bytes),
    });
    expect(article.pageStarts).toEqual(expect.arrayContaining([0]));
    expect(article.originalPath).toMatch(new RegExp(`^originals/${summary.id}-[0-9a-f]{16}\\.pdf$`));
    const kept = await fs.readFile(path.join(folder, article.originalPath!));
    expect(sha256(kept)).toBe(article.originalSha256);
    // The summary stays a summary: provenance is on the whole article only.
    expect(summary).not.toHaveProperty('originalPath');
    // Nothing temporary is left beside it.
    expect(await fs.readdir(path.join(folder, 'originals'))).toEqual([path.basename(article.originalPath!)]);

    await library.deleteArticle({ id: summary.id });
    expect(await fs.readdir(path.join(folder, 'originals'))).toEqual([]);
  });

  it('records a fetched page as imported from its URL, with its excerpt and canonical URL', async () => {
    served.set('/story', page(FIRST, `${base}/canonical-story`));
    const summary = await library.importArticle({ url: `${base}/story` });
    const { article } = await library.getArticle({ id: summary.id });
    expect(article.importedFrom).toEqual({ kind: 'url', url: `${base}/story` });
    expect(article).toMatchObject({ format: 'html', canonicalUrl: `${base}/canonical-story`, url: `${base}/story` });
    expect(article.excerpt).toEqual(expect.any(String));
    expect(sha256(await fs.readFile(path.join(folder, article.originalPath!)))).toBe(sha256(Buffer.from(served.get('/story')!)));
  });
});

describe('importing the same source again', () => {
  it('asks before importing the same bytes twice, names the article and its id, and keeps both when told', async () => {
    const bytes = (await fs.readFile(SEED)).toString('base64');
    const first = await library.importArticle({ fileBase64: bytes, fileName: 'seed-article.txt' });
    const error = await rejection(library.importArticle({ fileBase64: bytes, fileName: 'copy of seed.txt' }));
    expect(error.code).toBe('IMPORT_DUPLICATE');
    expect(error.message).toContain(`"${first.title}" (id ${first.id})`);
    expect(/\(id ([A-Za-z0-9_-]+)\)/.exec(error.message)?.[1]).toBe(first.id);
    // The UI asks about the article by its title, from data rather than from the message.
    expect((error as ApiError).article).toEqual({ id: first.id, title: first.title });
    expect(await library.listArticles({})).toHaveLength(1);
    expect(await fs.readdir(path.join(folder, 'originals'))).toHaveLength(1);

    const second = await library.importArticle({ fileBase64: bytes, fileName: 'copy of seed.txt', ifDuplicate: 'keep-both' });
    expect(second.id).not.toBe(first.id);
    expect(await library.listArticles({})).toHaveLength(2);
    expect(await fs.readdir(path.join(folder, 'originals'))).toHaveLength(2);
  });

  it('recognises the same URL even when the page changed, and a page naming it as its canonical URL', async () => {
    served.set('/story', page(FIRST, `${base}/canonical-story`));
    const first = await library.importArticle({ url: `${base}/story` });
    served.set('/story', page(SECOND, `${base}/canonical-story`));
    const byUrl = await rejection(library.importArticle({ url: `${base}/story#comments` }));
    expect(byUrl.code).toBe('IMPORT_DUPLICATE');
    expect(byUrl.message).toMatch(/same address/);
    expect(byUrl.message).toContain(`(id ${first.id})`);
    // Pasted HTML whose source URL is the first page's canonical URL is the same article too.
    const byCanonical = await rejection(library.importArticle({ content: page(['Something else entirely, with enough words to be an article.']), sourceUrl: `${base}/canonical-story` }));
    expect(byCanonical.code).toBe('IMPORT_DUPLICATE');
    expect(await library.listArticles({})).toHaveLength(1);
  });

  it('updates in place: same id and highlight ids, an edited quote re-anchored, a lost one kept as orphaned', async () => {
    served.set('/story', page(FIRST));
    const summary = await library.importArticle({ url: `${base}/story` });
    const before = (await library.getArticle({ id: summary.id })).article;
    const oldOriginal = before.originalPath!;
    const moved = await highlight(before, MOVED);
    const dropped = await highlight(before, DROPPED);
    const kept = await highlight(before, KEPT);

    served.set('/story', page(SECOND));
    const updated = await library.importArticle({ url: `${base}/story`, ifDuplicate: 'update' });
    expect(updated.id).toBe(summary.id);
    expect(updated.importedAt).toBe(summary.importedAt);
    expect(updated.contentHash).not.toBe(summary.contentHash);
    expect(updated.highlightCount).toBe(3);

    const { article, highlights } = await library.getArticle({ id: summary.id });
    expect(article.text).toContain('A new opening paragraph');
    expect(article.reimportedAt).toEqual(expect.any(String));
    expect(highlights.map((item) => item.id).sort()).toEqual([moved.id, dropped.id, kept.id].sort());
    const byId = new Map(highlights.map((item) => [item.id, item]));

    const reanchored = byId.get(moved.id)!;
    expect(reanchored.orphaned).toBeUndefined();
    expect(article.text.slice(reanchored.target.position.start, reanchored.target.position.end)).toBe(reanchored.target.quote.exact);
    // Fuzzy matching keeps the cheapest alignment: "May" -> "mid" (3 edits) beats inserting "mid-" (4).
    expect(reanchored.target.position.start).toBe(article.text.indexOf(EDITED));
    expect(reanchored.target.quote.exact).toMatch(/^the bridge would open in mid/);
    expect(reanchored.note).toBe(`note on ${MOVED}`);

    const shifted = byId.get(kept.id)!;
    expect(shifted.orphaned).toBeUndefined();
    expect(shifted.target.position.start).toBe(article.text.indexOf(KEPT));
    expect(shifted.target.position.start).not.toBe(kept.target.position.start);

    const orphan = byId.get(dropped.id)!;
    expect(orphan.orphaned).toBe(true);
    expect(orphan.target.quote.exact).toBe(DROPPED);
    expect(orphan.note).toBe(`note on ${DROPPED}`);

    // The kept original follows the new bytes; the old one is gone.
    expect(article.originalPath).not.toBe(oldOriginal);
    expect(sha256(await fs.readFile(path.join(folder, article.originalPath!)))).toBe(article.originalSha256);
    expect(await fs.readdir(path.join(folder, 'originals'))).toEqual([path.basename(article.originalPath!)]);

    // The list and the search index follow the new text; the library still holds one article.
    expect(await library.listArticles({})).toEqual([updated]);
    const hits = await library.search({ query: 'editors' });
    expect(hits.map((hit) => hit.articleId)).toContain(summary.id);

    // All of it is on disk: the index entry and the orphan flag survive a reopen.
    await library.close();
    library = await openLibrary(folder);
    expect(await library.listArticles({})).toEqual([updated]);
    const reopened = await library.getArticle({ id: summary.id });
    expect(reopened.highlights.find((item) => item.id === dropped.id)?.orphaned).toBe(true);
    // And a second update of the same page is still recognised by its URL and by its new bytes.
    expect((await rejection(library.importArticle({ url: `${base}/story` }))).code).toBe('IMPORT_DUPLICATE');
  });

  it('imports as new when asked to update but nothing matches', async () => {
    served.set('/story', page(FIRST));
    const summary = await library.importArticle({ url: `${base}/story`, ifDuplicate: 'update' });
    expect(await library.listArticles({})).toEqual([summary]);
  });
});
