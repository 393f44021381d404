import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CapturePayload } from '../capture/capture-payload.js';
import { readCustodyLine } from '../custody/custody-line.js';
import { verifyLibrary } from '../custody/verify-library.js';
import { readLibraryBackup } from '../export-files/read-library-backup.js';
import { writeLibraryBackup } from '../export-files/write-library-backup.js';
import { restoreLibraryBackup } from '../restore/restore-library-backup.js';
import type { LibraryService } from './library-service.js';
import { targetOf, withTemporaryLibraries } from './library-test-helpers.js';

// A page captured again from the browser: one article whose earlier capture is kept (its text,
// its page's bytes, its facts), every highlight told kept, moved, changed or gone, the custody
// log saying 'recapture', verify re-hashing the earlier capture too, and the word diff.

const libraries = withTemporaryLibraries('rn-recapture-');
const URL_OF_PAGE = 'https://news.example.org/bridge';

const KEPT = 'The ministry published the tender documents on Monday';
const MOVED = 'Officials declined to comment on the delay';
const CHANGED = 'the bridge would open in May next year';
const GONE = 'Critics called the plan reckless and expensive because nobody had costed the ramps';

function page(paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed</title></head><body><article><h1>Bridge delayed</h1>${paragraphs
    .map((text) => `<p>${text}</p>`)
    .join('')}</article></body></html>`;
}

const FIRST = page([`${KEPT}.`, `The minister said ${CHANGED}, after two years of work.`, `${GONE}.`, `${MOVED}, citing the weather.`]);
// The first paragraph unchanged (same offsets); one word edited; one paragraph dropped; one moved by the drop.
const SECOND = page([`${KEPT}.`, 'The minister said the bridge would open in June next year, after two years of work.', `${MOVED}, citing the weather.`]);

function capture(html: string, capturedAt: string): CapturePayload {
  return { url: URL_OF_PAGE, title: 'Bridge delayed', capturedAt, html, tool: 'Research Notes Clipper 0.1.0 (Chromium)' };
}

async function captured(library: LibraryService, html: string, capturedAt: string): Promise<string> {
  const activity = await (await library.captureDesk()).receive(capture(html, capturedAt));
  expect(activity.state, activity.message).toBe('imported');
  return activity.articleId!;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('a page captured again', () => {
  it('stays one article, keeps the earlier capture and its page, and tells each highlight’s fate', async () => {
    const library = await libraries.open();
    await library.updateSettings({ operatorName: 'Ana Analyst' });
    const id = await captured(library, FIRST, '2026-12-01T09:00:00.000Z');
    const first = (await library.getArticle({ id })).article;
    const made = new Map<string, string>();
    for (const exact of [KEPT, MOVED, CHANGED, GONE]) made.set(exact, (await library.createHighlight({ articleId: id, target: targetOf(first, exact) })).id);
    expect(await library.articleChanges({ id })).toBeNull();

    expect(await captured(library, SECOND, '2026-12-02T09:00:00.000Z')).toBe(id);
    expect(await library.listArticles({})).toHaveLength(1);
    const { article, highlights } = await library.getArticle({ id });
    expect(article.capturedAt).toBe('2026-12-02T09:00:00.000Z');
    expect(article.text).toContain('open in June');
    expect(article.previousVersions).toHaveLength(1);
    const [earlier] = article.previousVersions!;
    expect(earlier).toMatchObject({
      capturedAt: '2026-12-01T09:00:00.000Z',
      operator: 'Ana Analyst',
      text: first.text,
      contentHash: sha256(first.text),
      originalPath: first.originalPath,
      originalSha256: first.originalSha256,
    });
    // Both pages are on disk, each as it was sent.
    expect(article.originalPath).not.toBe(first.originalPath);
    expect(await fs.readFile(path.join(libraries.folder, first.originalPath!), 'utf8')).toBe(FIRST);
    expect(await fs.readFile(path.join(libraries.folder, article.originalPath!), 'utf8')).toBe(SECOND);
    // Nothing is dropped: the gone highlight stays, orphaned, with its quote.
    expect(highlights).toHaveLength(4);
    expect(highlights.find((highlight) => highlight.id === made.get(GONE))).toMatchObject({ orphaned: true, target: { quote: { exact: GONE } } });

    const changes = (await library.articleChanges({ id }))!;
    expect(changes.captures.map((entry) => entry.capturedAt)).toEqual(['2026-12-01T09:00:00.000Z', '2026-12-02T09:00:00.000Z']);
    expect(changes.captures.map((entry) => entry.contentHash)).toEqual([sha256(first.text), article.contentHash]);
    expect(Object.fromEntries(changes.anchors.map((anchor) => [anchor.before, [anchor.status, anchor.now]]))).toEqual({
      [KEPT]: ['kept', KEPT],
      [MOVED]: ['moved', MOVED],
      [CHANGED]: ['changed', 'the bridge would open in June next year'],
      [GONE]: ['gone', GONE],
    });
    expect(changes.byWords).toBe(true);
    expect(changes.changes).toContainEqual({ kind: 'removed', text: 'May' });
    expect(changes.changes).toContainEqual({ kind: 'added', text: 'June' });
    expect(changes.changes.filter((change) => change.kind === 'removed').map((change) => change.text).join(' ')).toContain('reckless and expensive');
    // The diff is the two texts, nothing lost or made up.
    expect(changes.changes.filter((change) => change.kind !== 'added').map((change) => change.text).join('')).toBe(first.text);
    expect(changes.changes.filter((change) => change.kind !== 'removed').map((change) => change.text).join('')).toBe(article.text);

    await library.close();
    const log = (await fs.readFile(path.join(libraries.folder, 'custody.jsonl'), 'utf8')).trim().split('\n').map((line) => {
      const read = readCustodyLine(line);
      if (!read.ok) throw new Error(read.why);
      return read.entry;
    });
    const actions = log.map((entry) => entry.action);
    expect(actions[0]).toBe('import');
    expect(actions.at(-1)).toBe('recapture');
    expect(log.at(-1)).toMatchObject({ articleId: id, capturedAt: '2026-12-02T09:00:00.000Z', originalPath: article.originalPath, textSha256: article.contentHash });
    expect((await verifyLibrary(libraries.folder)).problems).toEqual([]);
  });

  it('is found by verify when an earlier capture’s page or text changed', async () => {
    const library = await libraries.open();
    const id = await captured(library, FIRST, '2026-12-01T09:00:00.000Z');
    await captured(library, SECOND, '2026-12-02T09:00:00.000Z');
    const earlierPage = (await library.getArticle({ id })).article.previousVersions![0]!.originalPath!;
    await library.close();

    const pagePath = path.join(libraries.folder, earlierPage);
    const bytes = await fs.readFile(pagePath);
    bytes[bytes.length - 10]! ^= 1;
    await fs.writeFile(pagePath, bytes);
    expect((await verifyLibrary(libraries.folder)).problems).toEqual([{ file: earlierPage, message: expect.stringContaining('its bytes changed') }]);
    bytes[bytes.length - 10]! ^= 1;
    await fs.writeFile(pagePath, bytes);

    const articlePath = path.join(libraries.folder, 'articles', `${id}.json`);
    const file = JSON.parse(await fs.readFile(articlePath, 'utf8'));
    file.article.previousVersions[0].text = file.article.previousVersions[0].text.replace('May', 'July');
    await fs.writeFile(articlePath, JSON.stringify(file));
    expect((await verifyLibrary(libraries.folder)).problems).toEqual([{ file: `articles/${id}.json`, message: expect.stringContaining('earlier capture 1 of 2') }]);
  });

  it('keeps the same bytes captured twice as one file, and removes every kept page when the article is deleted', async () => {
    const library = await libraries.open();
    const id = await captured(library, FIRST, '2026-12-01T09:00:00.000Z');
    await captured(library, SECOND, '2026-12-02T09:00:00.000Z');
    await captured(library, FIRST, '2026-12-03T09:00:00.000Z');
    const { article } = await library.getArticle({ id });
    expect(article.previousVersions!.map((version) => version.capturedAt)).toEqual(['2026-12-01T09:00:00.000Z', '2026-12-02T09:00:00.000Z']);
    expect(article.originalPath).toBe(article.previousVersions![0]!.originalPath);
    expect(await fs.readdir(path.join(libraries.folder, 'originals'))).toHaveLength(2);
    // The third capture is compared with the second.
    expect((await library.articleChanges({ id }))!.changes).toContainEqual({ kind: 'added', text: 'May' });

    await library.deleteArticle({ id });
    expect(await fs.readdir(path.join(libraries.folder, 'originals'))).toEqual([]);
  });

  it('is a new article when a file of the same bytes comes from another address', async () => {
    const library = await libraries.open();
    await captured(library, FIRST, '2026-12-01T09:00:00.000Z');
    const other = await (await library.captureDesk()).receive({ ...capture(FIRST, '2026-12-02T09:00:00.000Z'), url: 'https://mirror.example.net/bridge' });
    expect(other.state).toBe('imported');
    expect(await library.listArticles({})).toHaveLength(2);
  });

  it('goes into a backup with originals with every capture’s page, and comes back from it whole', async () => {
    const library = await libraries.open();
    const id = await captured(library, FIRST, '2026-12-01T09:00:00.000Z');
    await captured(library, SECOND, '2026-12-02T09:00:00.000Z');
    const backupPath = path.join(libraries.folder, '..', `${path.basename(libraries.folder)}-backup.json`);
    const target = `${libraries.folder}-restored`;
    try {
      expect(await writeLibraryBackup(library, backupPath, { originalsFrom: libraries.folder })).toEqual({ articles: 1, originals: 2 });
      const backup = await readLibraryBackup(backupPath);
      expect(backup.articles[0]!.earlierOriginals).toHaveLength(1);
      expect(Buffer.from(backup.articles[0]!.earlierOriginals![0]!.base64, 'base64').toString('utf8')).toBe(FIRST);
      expect(await restoreLibraryBackup(backup, target)).toMatchObject({ articles: 1, originals: 2 });
      const earlierPage = (await library.getArticle({ id })).article.previousVersions![0]!.originalPath!;
      expect(await fs.readFile(path.join(target, earlierPage), 'utf8')).toBe(FIRST);
      // Restored, it is the same evidence: verify finds every page with its recorded hash.
      const report = await verifyLibrary(target);
      expect(report.problems.filter((problem) => problem.file.startsWith('originals/'))).toEqual([]);

      // An earlier page damaged in the backup is refused by name.
      const damaged = structuredClone(backup);
      damaged.articles[0]!.earlierOriginals![0]!.base64 = Buffer.from(FIRST.replace('May', 'Jun')).toString('base64');
      await expect(restoreLibraryBackup(damaged, `${target}-2`)).rejects.toThrow('"Bridge delayed, earlier capture 1" is damaged');
    } finally {
      await fs.rm(backupPath, { force: true });
      await fs.rm(target, { recursive: true, force: true });
      await fs.rm(`${target}-2`, { recursive: true, force: true });
    }
  });
});
