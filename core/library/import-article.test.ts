import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { openLibrary, type LibraryService } from './library-service.js';
import { SEED_ARTICLE } from '../../tests/support/fixtures.js';

const seedArticlePath = SEED_ARTICLE;

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-import-'));
  library = await openLibrary(folder);
});

afterEach(async () => {
  await library.close();
  await fs.rm(folder, { recursive: true, force: true });
});

async function errorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).code;
}

describe('importArticle', () => {
  it('imports the seed article from a file, stores it, and it can be highlighted', async () => {
    const bytes = await fs.readFile(seedArticlePath);
    const summary = await library.importArticle({ fileBase64: bytes.toString('base64'), fileName: 'seed-article.txt' });
    expect(summary.title).toBe('Putin Reportedly Keen To Host Another Armenian-Azeri Summit');
    expect(summary.source).toBe('seed-article.txt');
    expect(await library.listArticles({})).toEqual([summary]);

    const { article } = await library.getArticle({ id: summary.id });
    expect(article.text).toContain('Vedomosti');
    const exact = 'Vedomosti';
    const start = article.text.indexOf(exact);
    const highlight = await library.createHighlight({
      articleId: article.id,
      target: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
      tags: ['Russia'],
    });
    expect((await library.getArticle({ id: summary.id })).highlights).toEqual([highlight]);
  });

  it('refuses base64 that is not base64, and stores nothing', async () => {
    expect(await errorCode(library.importArticle({ fileBase64: 'not base64 at all!', fileName: 'x.txt' }))).toBe('INVALID_ARGUMENT');
    expect(await errorCode(library.importArticle({}))).toBe('INVALID_ARGUMENT');
    expect(await library.listArticles({})).toEqual([]);
    expect(await fs.readdir(path.join(folder, 'articles'))).toEqual([]);
  });

  it('leaves nothing behind when the importer fails', async () => {
    expect(await errorCode(library.importArticle({ content: '   \n  ', format: 'text' }))).toMatch(/^IMPORT_/);
    expect(await library.listArticles({})).toEqual([]);
    expect(await fs.readdir(path.join(folder, 'articles'))).toEqual([]);
  });
});
