import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importedDocumentForTests } from '../library/imported-document-for-tests.js';
import { openLibrary } from '../library/library-service.js';
import { readCustodyLine } from './custody-line.js';
import { verifyLibrary } from './verify-library.js';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-verify-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const PAGE = Buffer.from('<!doctype html><html><head><title>Summit</title></head><body><p>The summit ended without a statement.</p></body></html>', 'utf8');

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A library of two articles, one with the page kept as received; closed, so its files are on disk. */
async function makeLibrary(): Promise<{ pageId: string; textId: string; originalPath: string }> {
  const library = await openLibrary(folder);
  await library.updateSettings({ operatorName: 'Ana Analyst' });
  const page = await library.addImportedArticle({
    ...importedDocumentForTests('Summit', ['The summit ended without a statement.']),
    url: 'https://example.org/summit',
    original: { bytes: PAGE, fileName: 'page.html', mediaType: 'text/html' },
  });
  const text = await library.addImportedArticle(importedDocumentForTests('Notes', ['Pasted notes.']));
  const { article } = await library.getArticle({ id: page.id });
  await library.close();
  return { pageId: page.id, textId: text.id, originalPath: article.originalPath! };
}

async function logEntries() {
  const text = await fs.readFile(path.join(folder, 'custody.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const read = readCustodyLine(line);
      if (!read.ok) throw new Error(read.why);
      return read.entry;
    });
}

/** Changes one byte of a file in place (the same length, so only a hash can tell). */
async function flipByte(relativePath: string, at: (bytes: Buffer) => number): Promise<void> {
  const filePath = path.join(folder, relativePath);
  const bytes = await fs.readFile(filePath);
  const index = at(bytes);
  bytes[index] = bytes[index] === 0x61 ? 0x62 : 0x61;
  await fs.writeFile(filePath, bytes);
}

describe('the evidence of an import', () => {
  it('keeps the page as received with its SHA-256, capture time, tool and operator, and logs the import', async () => {
    const before = Date.now();
    const { pageId, originalPath } = await makeLibrary();
    const library = await openLibrary(folder);
    const { article } = await library.getArticle({ id: pageId });
    await library.close();

    expect(await fs.readFile(path.join(folder, originalPath))).toEqual(PAGE);
    expect(article.originalSha256).toBe(sha256(PAGE));
    expect(article.contentHash).toBe(sha256(article.text));
    expect(article.capturedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(article.capturedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(article.operator).toBe('Ana Analyst');
    expect(article.tool).toMatch(/^Research Notes \d+\.\d+\.\d+$/);

    const [first, second] = await logEntries();
    expect(first).toMatchObject({ seq: 1, action: 'import', articleId: pageId, operator: 'Ana Analyst', originalPath, originalSha256: sha256(PAGE), textSha256: article.contentHash, capturedAt: article.capturedAt });
    // An article stored without an original records none, and says so.
    expect(second).toMatchObject({ seq: 2, action: 'import', originalPath: null, originalSha256: null });
  });

  it('logs metadata corrections (from and to) and deletions, and the library still verifies', async () => {
    const { pageId, textId } = await makeLibrary();
    const library = await openLibrary(folder);
    await library.updateArticleMetadata({ articleId: pageId, patch: { title: 'Summit, day two', byline: null, siteName: null, url: 'https://example.org/summit', publishedTime: null, lang: 'en' } });
    await library.deleteArticle({ id: textId });
    expect(await library.verify()).toEqual({ articles: 1, logEntries: 4, problems: [] });
    await library.close();

    const entries = await logEntries();
    expect(entries.map((entry) => entry.action)).toEqual(['import', 'import', 'metadata', 'delete']);
    expect(entries[2]!.changes).toEqual({ title: { from: 'Summit', to: 'Summit, day two' } });
    expect(entries[3]!.articleId).toBe(textId);
  });
});

describe('verifyLibrary', () => {
  it('passes a fresh library', async () => {
    await makeLibrary();
    expect(await verifyLibrary(folder)).toEqual({ articles: 2, logEntries: 2, problems: [] });
  });

  it('names the archived page when one byte of it changed', async () => {
    const { originalPath } = await makeLibrary();
    await flipByte(originalPath, (bytes) => bytes.indexOf('summit'));
    const report = await verifyLibrary(folder);
    expect(report.problems).toEqual([{ file: originalPath, message: expect.stringMatching(/^its bytes changed: SHA-256 recorded [0-9a-f]{12}…, found [0-9a-f]{12}…$/) }]);
  });

  it('names a kept original that is missing', async () => {
    const { originalPath } = await makeLibrary();
    await fs.rm(path.join(folder, originalPath));
    expect((await verifyLibrary(folder)).problems).toEqual([{ file: originalPath, message: 'is missing' }]);
  });

  it('names the article file when its canonical text changed', async () => {
    const { pageId } = await makeLibrary();
    const file = `articles/${pageId}.json`;
    await flipByte(file, (bytes) => bytes.indexOf('without'));
    expect((await verifyLibrary(folder)).problems).toEqual([{ file, message: expect.stringMatching(/canonical text does not match/) }]);
  });

  it('still names the article file when its text and its recorded hash were changed together, from the custody log', async () => {
    const { pageId } = await makeLibrary();
    const filePath = path.join(folder, 'articles', `${pageId}.json`);
    const data = JSON.parse(await fs.readFile(filePath, 'utf8')) as { article: { text: string; contentHash: string } };
    data.article.text = data.article.text.replace('without', 'with');
    data.article.contentHash = sha256(data.article.text);
    await fs.writeFile(filePath, JSON.stringify(data));
    expect((await verifyLibrary(folder)).problems).toEqual([{ file: `articles/${pageId}.json`, message: expect.stringMatching(/differs from the one its last custody entry records \(line 1, import\)/) }]);
  });

  it('names the log entry when one byte of it changed', async () => {
    await makeLibrary();
    await flipByte('custody.jsonl', (bytes) => bytes.indexOf('Ana Analyst'));
    const report = await verifyLibrary(folder);
    expect(report.problems).toContainEqual({ file: 'custody.jsonl', message: expect.stringMatching(/^entry on line 1: its bytes do not match its own hash/) });
    // The next entry records the hash of the changed line's original bytes.
    expect(report.problems).toContainEqual({ file: 'custody.jsonl', message: expect.stringMatching(/^entry on line 2 breaks the chain/) });
  });

  it('names a removed log entry', async () => {
    await makeLibrary();
    const logPath = path.join(folder, 'custody.jsonl');
    const lines = (await fs.readFile(logPath, 'utf8')).split('\n');
    await fs.writeFile(logPath, [lines[1], ''].join('\n'));
    const messages = (await verifyLibrary(folder)).problems.map((problem) => `${problem.file}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^custody\.jsonl: does not begin with the entry the library recorded/),
        expect.stringMatching(/^custody\.jsonl: entry on line 1 breaks the chain/),
        expect.stringMatching(/^custody\.jsonl: entry on line 1 is number 2, not 1/),
        expect.stringMatching(/^articles\/.+\.json: has no entry in the custody log$/),
      ]),
    );
  });

  it('names a log that was removed, and the reopened library says so rather than start a fresh one silently', async () => {
    await makeLibrary();
    await fs.rm(path.join(folder, 'custody.jsonl'));
    expect((await verifyLibrary(folder)).problems).toContainEqual({ file: 'custody.jsonl', message: 'is missing, though the library recorded when its log started' });
    const library = await openLibrary(folder);
    const info = await library.getLibraryInfo({});
    await library.close();
    expect(info.notices).toContainEqual(expect.stringMatching(/custody log .* is missing or empty/));
  });

  it('starts a log with one baseline entry per article in a library kept from before logs were', async () => {
    const { pageId, textId } = await makeLibrary();
    await fs.rm(path.join(folder, 'custody.jsonl'));
    const settingsPath = path.join(folder, 'settings.json');
    const settings = JSON.parse(await fs.readFile(settingsPath, 'utf8')) as Record<string, unknown>;
    delete settings.custodyLogFirstHash;
    await fs.writeFile(settingsPath, JSON.stringify(settings));

    const library = await openLibrary(folder);
    await library.close();
    const entries = await logEntries();
    expect(entries.map((entry) => [entry.action, entry.articleId]).sort()).toEqual([['baseline', pageId], ['baseline', textId]].sort());
    expect(await verifyLibrary(folder)).toEqual({ articles: 2, logEntries: 2, problems: [] });
  });
});

describe('verifyArticle (the check in the article details) and capturedPage (View as captured)', () => {
  it('passes on a fresh article and names its original after one byte of it changed, while the library stays open', async () => {
    const { pageId, textId, originalPath } = await makeLibrary();
    const library = await openLibrary(folder);
    try {
      expect(await library.verifyArticle({ id: pageId })).toEqual({ articles: 1, logEntries: 2, problems: [] });
      const kept = await library.capturedPage(pageId);
      expect(kept.bytes.equals(PAGE)).toBe(true);
      expect(kept.sha256).toBe(sha256(PAGE));
      await expect(library.capturedPage(textId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const changed = Buffer.from(PAGE);
      changed[40] = changed[40]! ^ 1;
      await fs.writeFile(path.join(folder, originalPath), changed);
      const report = await library.verifyArticle({ id: pageId });
      expect(report.problems.map((problem) => problem.file)).toEqual([originalPath]);
      expect(report.problems[0]!.message).toContain('its bytes changed');
      // The other article is not re-hashed, and still holds.
      expect((await library.verifyArticle({ id: textId })).problems).toEqual([]);
      await expect(library.verifyArticle({ id: 'no-such-article' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await library.close();
    }
  });
});
