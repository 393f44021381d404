import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { FIXTURES, makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';

// Importing every kind of source through the web shell: PDF, Word, a saved web page,
// several files at once, a URL, a duplicate, a damaged file, drops, pastes and metadata fixes.

const PDF = path.join(FIXTURES, 'documents/pdf/tracemonkey.pdf');
const PDF_TITLE = 'Trace-based Just-in-Time Type Specialization for Dynamic Languages';
const DOCX = path.join(FIXTURES, 'documents/docx/tables.docx');
const SAVED_PAGE = path.join(FIXTURES, 'web-pages/blogger/source.html');
const SAVED_TITLE = 'Open Verilog flow for Silego GreenPak4 programmable logic devices';
const SEED = path.join(FIXTURES, 'seed-article.txt');
const SEED_TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';

let shell: WebShell | undefined;
let server: Server | undefined;
/** Pages the local server answers with, by path; a function holds its answer back until it chooses. */
const pages = new Map<string, string | ((response: ServerResponse) => void)>();

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
  pages.clear();
});

async function start(page: Page): Promise<AppPage> {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  return app;
}

/** A tiny web server on 127.0.0.1 for pages to import by URL; returns its origin. */
async function serve(): Promise<string> {
  server = createServer((request, response) => {
    const answer = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (answer === undefined) response.writeHead(404).end('missing');
    else if (typeof answer === 'function') answer(response);
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(answer);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function article(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
}

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import article' });
}

test('imports a PDF, a Word document and a saved web page', async ({ page }, testInfo) => {
  const app = await start(page);

  await app.importFile(PDF);
  await expect(app.article.getByRole('heading', { name: PDF_TITLE, level: 1 }).first()).toBeVisible();
  await expect(app.article).toContainText('Andreas Gal');

  await app.importFile(DOCX);
  await expect(app.article.getByRole('heading', { name: 'Above', level: 1 }).first()).toBeVisible();
  await expect(app.articleText.getByRole('table')).toContainText('Bottom right');

  const saved = testInfo.outputPath('Silicon Exposed.html');
  await copyFile(SAVED_PAGE, saved);
  await app.importFile(saved);
  await expect(app.article.getByRole('heading', { name: SAVED_TITLE, level: 1 }).first()).toBeVisible();
  await expect(app.article).toContainText("So what's a GreenPak?");
  await expect(app.library.getByRole('listitem')).toHaveCount(3);
});

test('imports several files at once: a progress bar and a result per file, a broken one failing alone', async ({ page }, testInfo) => {
  const app = await start(page);
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = importDialog(page);
  const broken = testInfo.outputPath('broken.pdf');
  await writeFile(broken, '%PDF-1.7 this is not really a PDF');
  await dialog.getByLabel('Choose file').setInputFiles([SEED, DOCX, broken]);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const progress = dialog.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  const results = dialog.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  await expect(results).toHaveCount(3);
  await expect(results.nth(0)).toContainText(`Imported: ${SEED_TITLE}`);
  await expect(results.nth(1)).toContainText('Imported: Above');
  await expect(results.nth(2)).toContainText(/Failed: .*"broken\.pdf"/);
  await expect(progress).toHaveJSProperty('value', 3);
  await expect(progress).toHaveJSProperty('max', 3);
  await page.screenshot({ path: '/tmp/import-batch.png' });

  // The two that worked are in the library; the dialog stays until the user has read the results.
  await expect(app.library.getByRole('listitem')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('imports a page by its URL alone, fetched by the Node side', async ({ page }) => {
  const origin = await serve();
  pages.set('/story', article('Council approves the river bridge', ['The council approved the bridge on Monday after a long debate.']));
  const app = await start(page);
  await app.importWith((dialog) => dialog.getByRole('textbox', { name: 'Source URL' }).fill(`${origin}/story`));
  await expect(app.article.getByRole('heading', { name: 'Council approves the river bridge', level: 1 }).first()).toBeVisible();
  await expect(app.article).toContainText('after a long debate');
});

test('a duplicate import answered with "Update existing" updates the article in place and keeps its highlight', async ({ page }) => {
  const origin = await serve();
  const kept = 'The council approved the bridge on Monday';
  pages.set('/story', article('Council approves the bridge', [`${kept} after a long debate.`, 'Opponents said the cost was too high.']));
  const app = await start(page);
  await app.importWith((dialog) => dialog.getByRole('textbox', { name: 'Source URL' }).fill(`${origin}/story`));
  await app.selectInArticle(kept);
  await app.highlightButton.click();
  await expect(app.highlightEntries).toHaveCount(1);

  pages.set('/story', article('Council approves the bridge', ['Updated on Tuesday with the final vote count.', `${kept} after a long debate.`, 'Opponents said the cost was too high.']));
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = importDialog(page);
  await dialog.getByRole('textbox', { name: 'Source URL' }).fill(`${origin}/story`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  // Asked about the article by its title (this assertion named its internal id before that was mended).
  await expect(dialog.getByRole('group', { name: 'Already in your library: “Council approves the bridge”. Open it, update it with this version, or keep both?' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep both' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Update existing' }).click();
  await expect(dialog).toBeHidden();

  await expect(app.article).toContainText('Updated on Tuesday with the final vote count.');
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  await expect(app.highlightEntries).toHaveCount(1);
  await expect(app.article.locator('[data-highlight-id]').filter({ hasText: 'approved the bridge' }).first()).toBeVisible();
});

test('a damaged PDF shows an error that names the file, and nothing is imported', async ({ page }) => {
  const app = await start(page);
  const damaged = (await readFile(PDF)).subarray(0, 40_000);
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = importDialog(page);
  await dialog.getByLabel('Choose file').setInputFiles({ name: 'damaged report.pdf', mimeType: 'application/pdf', buffer: damaged });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('damaged report.pdf');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.library.getByRole('listitem')).toHaveCount(0);
});

test('links dropped on the window are imported; Cancel stops the one under way and those not started', async ({ page }) => {
  const origin = await serve();
  let release: (() => void) | undefined;
  pages.set('/slow', (response) => {
    release = () => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article('Slow page', ['A page that took its time to arrive.']));
  });
  pages.set('/next', article('Next page', ['Never imported, because the import was cancelled.']));
  const app = await start(page);

  const links = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    data.setData('text/uri-list', list);
    return data;
  }, `${origin}/slow\n# a comment line\n${origin}/next\njavascript:alert(1)`);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: links });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: links });
  await expect(page.getByText('Drop to import')).toBeHidden();

  const dialog = importDialog(page);
  const results = dialog.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  await expect(results).toHaveCount(2);
  await expect(results.nth(0)).toContainText('Importing…');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // Cancel ends the import under way (its worker, with its fetch) as well as the ones not started.
  await expect(results.nth(0)).toContainText('Cancelled');
  await expect(results.nth(1)).toContainText('Cancelled');
  // Should the slow page still arrive, nothing is stored from it.
  release?.();
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toHaveJSProperty('value', 2);
  await expect(app.library.getByRole('listitem')).toHaveCount(0);
});

test('files dropped and HTML pasted outside text fields are imported; details can be corrected; links open only on Ctrl+click', async ({ page }) => {
  const app = await start(page);

  const files = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Dropped notes on the summit\n\nThe summit was postponed again.'], 'dropped.txt', { type: 'text/plain' }));
    return data;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: files });
  await page.dispatchEvent('body', 'drop', { dataTransfer: files });
  await expect(app.article.getByRole('heading', { name: 'Dropped notes on the summit', level: 1 }).first()).toBeVisible();

  const html = article('Pasted report', ['Read the <a href="https://example.com/source">original source</a> for details.']);
  await page.locator('body').evaluate((body, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'Pasted report');
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(app.article.getByRole('heading', { name: 'Pasted report', level: 1 }).first()).toBeVisible();

  // A plain click on a link stays in the reader; Ctrl+click opens it outside, without an opener.
  await page.evaluate(() => {
    const calls: unknown[][] = [];
    (window as unknown as { openCalls: unknown[][] }).openCalls = calls;
    window.open = (...args: unknown[]) => {
      calls.push(args);
      return null;
    };
  });
  const link = app.article.getByRole('link', { name: 'original source' });
  await link.click();
  await link.click({ modifiers: ['Control'] });
  expect(await page.evaluate(() => (window as unknown as { openCalls: unknown[][] }).openCalls)).toEqual([['https://example.com/source', '_blank', 'noopener,noreferrer']]);
  expect(new URL(page.url()).hostname).toBe('127.0.0.1');

  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('dialog', { name: 'Edit details' });
  await details.getByRole('textbox', { name: 'Title' }).fill('Pasted report, corrected');
  await details.getByRole('textbox', { name: 'Byline' }).fill('A. Analyst');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details).toBeHidden();
  await expect(app.article.getByRole('heading', { name: 'Pasted report, corrected', level: 1 }).first()).toBeVisible();
  await expect(app.library.getByRole('listitem').filter({ hasText: 'Pasted report, corrected' })).toHaveCount(1);
});
