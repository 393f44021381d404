import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { makePng } from '../support/make-png.js';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, REPO_ROOT, startWebShell, type WebShell } from './support/web-shell.js';

// The built clipper (dist/clipper/chromium) loaded into Debian's Chromium, as a user installs it
// unpacked: paired with the app by the code it shows, it sends a page whose article only a script
// wrote, with the reader's selection, and the app opens it at that highlight. Senders that are not
// the paired clipper are refused.

const CLIPPER = path.join(REPO_ROOT, 'dist/clipper/chromium');
const IMAGE = makePng(4, 3);

// The article is not in the HTML: a script writes it, as on the sites the Node side cannot fetch.
// A handler on the image and a script left in the article must not survive the capture.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSTO and Armenia</title>
<link rel="stylesheet" href="/style.css"></head><body><main id="root">Loading…</main>
<script>
  document.getElementById('root').innerHTML = '<article><h1>CSTO and Armenia</h1>'
    + '<p>Speaking in Yerevan on Monday, Armen Khachatrian said the CSTO gave Armenia no military aid when its border was attacked.</p>'
    + '<p><img src="/chart.png" alt="Aid requests by month" onerror="window.hit = 1"></p>'
    + '<p>The organisation’s secretariat did not answer questions about the accusation.</p>'
    + '<script>window.leftBehind = 1<\\/script></article>';
</script></body></html>`;

// Hostile markup of the kinds tests/e2e/hostile-content.spec.ts imports, left in the page after its
// own script ran: the reader of the capture must run none of it and fetch nothing.
const EVIL = 'http://evil.example';
const HOSTILE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Hostile capture</title>
<link rel="stylesheet" href="${EVIL}/style.css"><style>@import url("${EVIL}/import.css"); body { background: url(${EVIL}/bg.png) }</style>
<meta http-equiv="refresh" content="30; url=${EVIL}/refreshed"></head><body onload="window.__pwned='body-onload'"><main id="root"></main>
<script>
  document.getElementById('root').innerHTML = '<article><h1>Hostile capture</h1><p>The reader must see this paragraph and nothing run.</p>'
    + '<img src="x" onerror="top.__pwned=1"><svg><circle r="5" onload="top.__pwned=2"/><image href="${EVIL}/svg.png"/></svg>'
    + '<iframe srcdoc="<script>parent.__pwned=3<\\/script>"></iframe><a href="javascript:top.__pwned=4">Read the source</a>'
    + '<p style="background:url(${EVIL}/inline.png)">A second paragraph with a styled background.</p></article>';
</script></body></html>`;

// A news page that its editors changed between two captures: a word edited, a paragraph dropped.
const bridgePage = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed</title></head><body><article><h1>Bridge delayed</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
const BRIDGE_FIRST = bridgePage([
  'The minister said the bridge would open in May next year, after two years of work.',
  'Critics called the plan reckless and expensive because nobody had costed the ramps.',
  'Officials declined to comment on the delay, citing the weather.',
]);
const BRIDGE_SECOND = bridgePage(['The minister said the bridge would open in June next year, after two years of work.', 'Officials declined to comment on the delay, citing the weather.']);
let bridge = BRIDGE_FIRST;

let shell: WebShell | undefined;
let server: Server | undefined;
let context: BrowserContext | undefined;
let profile: string | undefined;
const served: string[] = [];

test.afterEach(async () => {
  await context?.close();
  await shell?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (profile) await rm(profile, { recursive: true, force: true });
  context = undefined;
  shell = undefined;
  server = undefined;
  profile = undefined;
  served.length = 0;
  bridge = BRIDGE_FIRST;
});

async function startPageServer(): Promise<string> {
  server = createServer((request, response) => {
    served.push(request.url ?? '');
    if (request.url === '/chart.png') response.writeHead(200, { 'Content-Type': 'image/png' }).end(IMAGE);
    else if (request.url === '/news/bridge') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(bridge);
    else if (request.url === '/hostile') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HOSTILE_PAGE);
    else if (request.url === '/style.css') response.writeHead(200, { 'Content-Type': 'text/css' }).end('article { max-width: 40em; }');
    else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

/** Chromium with the built clipper loaded, and its service worker. */
async function launchWithClipper(): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  profile = await mkdtemp(path.join(tmpdir(), 'rn-clipper-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? undefined,
    headless: true,
    // Playwright turns extensions off by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${CLIPPER}`, `--load-extension=${CLIPPER}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** What the toolbar button does, for the tab showing `url`. */
function clickClipper(worker: Worker, url: string): Promise<{ ok: boolean; message: string; articleId?: string }> {
  return worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate: { url?: string }) => candidate.url === pageUrl);
    return (globalThis as any).captureTab(tab.id);
  }, url);
}

/** Pairs the loaded clipper as a user does: the code the app shows, typed on the clipper's options page. */
async function pairClipper(app: AppPage, context: BrowserContext, extensionId: string): Promise<void> {
  await app.page.getByRole('button', { name: 'Pair browser clipper…' }).click();
  const code = (await app.page.getByTestId('pairing-code').textContent())!.trim();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('textbox', { name: 'Pairing code' }).fill(code);
  await options.getByRole('button', { name: 'Pair' }).click();
  await expect(options.getByRole('status')).toContainText('Paired.');
  await app.page.getByRole('button', { name: 'Done' }).click();
}

declare const chrome: any;

test('the clipper, paired by the app’s code, sends a scripted page and its selection; the app opens it at that highlight', async () => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const origin = await startPageServer();
  const { context, worker, extensionId } = await launchWithClipper();

  const app = new AppPage(await context.newPage());
  await app.goto(shell.url);
  await app.page.getByRole('button', { name: 'Pair browser clipper…' }).click();
  const pairing = app.page.getByRole('dialog', { name: 'Pair browser clipper' });
  const code = (await pairing.getByTestId('pairing-code').textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // A wrong code first: refused, and the right one still works after.
  await options.getByRole('textbox', { name: 'Pairing code' }).fill(code === '000000' ? '111111' : '000000');
  await options.getByRole('button', { name: 'Pair' }).click();
  await expect(options.getByRole('status')).toHaveText('That is not the code Research Notes shows.');
  await options.getByRole('textbox', { name: 'Pairing code' }).fill(code);
  await options.getByRole('button', { name: 'Pair' }).click();
  await expect(options.getByRole('status')).toContainText('Paired.');
  await pairing.getByRole('button', { name: 'Done' }).click();

  const reading = await context.newPage();
  await reading.goto(`${origin}/news/csto`);
  await expect(reading.getByRole('heading', { name: 'CSTO and Armenia' })).toBeVisible();
  await reading.evaluate(() => {
    const paragraph = document.querySelector('article p')!;
    const text = paragraph.firstChild!;
    const start = text.textContent!.indexOf('the CSTO gave Armenia no military aid');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'the CSTO gave Armenia no military aid'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const result = await clickClipper(worker, `${origin}/news/csto`);
  expect(result).toMatchObject({ ok: true, message: 'Saved in Research Notes.' });

  // The app, which was not touched, shows the article at its new highlight.
  const requestsBefore = served.length;
  await expect(app.article.getByRole('heading', { name: 'CSTO and Armenia', level: 1 })).toBeVisible();
  await expect(app.article).toContainText('Armen Khachatrian said the CSTO gave Armenia no military aid');
  await expect(app.highlightEntries).toHaveCount(1);
  await expect(app.highlightEntries.first()).toContainText('the CSTO gave Armenia no military aid');
  await expect(app.library.getByRole('listitem')).toContainText('CSTO and Armenia');

  // The original is the page as captured: its scripted article and inlined image, no script, no handler.
  const originals = await readdir(path.join(library, 'originals'), { recursive: true });
  const html = await readFile(path.join(library, 'originals', originals.find((name) => name.endsWith('.html'))!), 'utf8');
  expect(html).toContain('Armen Khachatrian said the CSTO gave Armenia no military aid');
  expect(html).toContain('data:image/png;base64,');
  expect(html).toContain('article { max-width: 40em; }');
  expect(html).not.toMatch(/<script|onerror/i);
  // Showing it fetched nothing from the page's site.
  expect(served.length).toBe(requestsBefore);
});

test('a clipper that is not paired, a wrong secret, and a web page are refused, and nothing is stored', async () => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const origin = await startPageServer();
  const { context, worker } = await launchWithClipper();
  const app = new AppPage(await context.newPage());
  await app.goto(shell.url);
  await app.page.getByRole('button', { name: 'Pair browser clipper…' }).click();
  await expect(app.page.getByTestId('pairing-code')).toBeVisible();
  const port = Number(/port (\d+)/.exec((await app.page.getByRole('dialog', { name: 'Pair browser clipper' }).textContent()) ?? '')?.[1]);
  expect(port).toBeGreaterThan(0);

  const reading = await context.newPage();
  await reading.goto(`${origin}/news/csto`);
  // Not paired: the clipper says so (and opens its options page to pair).
  expect(await clickClipper(worker, `${origin}/news/csto`)).toMatchObject({ ok: false, message: 'Pair the clipper with Research Notes first.' });
  // A secret the app never gave.
  await worker.evaluate((appPort) => chrome.storage.local.set({ pairing: { port: appPort, secret: 'f'.repeat(64) } }), port);
  expect(await clickClipper(worker, `${origin}/news/csto`)).toMatchObject({ ok: false, message: expect.stringContaining('does not know this clipper') });
  // A web page posting to the listener: refused before anything is read (and it cannot read the answer).
  const fromPage = await reading.evaluate(async (appPort) => {
    try {
      await fetch(`http://127.0.0.1:${appPort}/clipper/capture`, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ url: 'https://x.example', title: 'x', capturedAt: new Date().toISOString(), html: '<p>x</p>', tool: 'x' }) });
      return 'sent';
    } catch {
      return 'blocked';
    }
  }, port);
  expect(['sent', 'blocked']).toContain(fromPage);
  await app.page.getByRole('button', { name: 'Done' }).click();
  await app.page.reload();
  await expect(app.library.getByRole('listitem')).toHaveCount(0);
  expect((await readdir(path.join(library, 'articles'))).filter((name) => name.endsWith('.json'))).toHaveLength(0);
});

test('a hostile page captured through the clipper runs no script and fetches nothing, in the reader and as captured', async () => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const origin = await startPageServer();
  const { context, worker, extensionId } = await launchWithClipper();
  const app = new AppPage(await context.newPage());
  await app.goto(shell.url);
  await pairClipper(app, context, extensionId);

  const reading = await context.newPage();
  await reading.goto(`${origin}/hostile`);
  await expect(reading.getByRole('heading', { name: 'Hostile capture' })).toBeVisible();
  // Only what the app's page asks for counts: the reading tab fetched the hostile page's own resources.
  const appRequests: string[] = [];
  app.page.on('request', (request) => appRequests.push(request.url()));
  // Chromium reports a load the page's policy refused as a request failed with "csp", before anything is sent.
  const refusedByPolicy = new Set<string>();
  app.page.on('requestfailed', (request) => void (request.failure()?.errorText === 'csp' && refusedByPolicy.add(request.url())));
  expect(await clickClipper(worker, `${origin}/hostile`)).toMatchObject({ ok: true });

  await expect(app.article.getByRole('heading', { name: 'Hostile capture', level: 1 })).toBeVisible();
  await expect(app.article).toContainText('The reader must see this paragraph and nothing run.');
  await app.article.getByText('Read the source').click().catch(() => undefined);
  await app.page.waitForTimeout(500);
  expect(await app.page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  const shellOrigin = new URL(shell.url).origin;
  expect(appRequests.filter((url) => !url.startsWith(shellOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  // And "View as captured" shows the kept page sandboxed: its text, still nothing run or fetched.
  await app.article.getByRole('button', { name: 'Evidence' }).click();
  await app.page.getByRole('dialog', { name: 'Evidence' }).getByRole('button', { name: 'View as captured' }).click();
  await expect(app.page.frameLocator('iframe.evidence-frame').getByText('The reader must see this paragraph and nothing run.')).toBeVisible();
  await app.page.waitForTimeout(300);
  expect(await app.page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  // The kept page still names the resources its styles referred to; the frame's policy refuses each.
  expect(appRequests.filter((url) => !url.startsWith(shellOrigin) && !url.startsWith('data:') && !url.startsWith('blob:') && !refusedByPolicy.has(url))).toEqual([]);
  // The capture itself holds none of it either.
  const originals = await readdir(path.join(library, 'originals'), { recursive: true });
  const html = await readFile(path.join(library, 'originals', originals.find((name) => name.endsWith('.html'))!), 'utf8');
  expect(html).not.toMatch(/<script|onerror=|onload=|<iframe|http-equiv|javascript:/i);
});

/** Selects the first occurrence of `exact` in the tab's article, as a reader does. */
async function selectInPage(page: import('@playwright/test').Page, exact: string): Promise<void> {
  await page.evaluate((words) => {
    for (const paragraph of document.querySelectorAll('article p')) {
      const text = paragraph.firstChild!;
      const start = text.textContent!.indexOf(words);
      if (start < 0) continue;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not on the page`);
  }, exact);
}

test('a page captured again stays one article: it says what changed since the last capture, word by word, and where each highlight went', async () => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const origin = await startPageServer();
  const { context, worker, extensionId } = await launchWithClipper();
  const app = new AppPage(await context.newPage());
  await app.goto(shell.url);
  await pairClipper(app, context, extensionId);

  const reading = await context.newPage();
  await reading.goto(`${origin}/news/bridge`);
  await selectInPage(reading, 'Officials declined to comment on the delay');
  expect(await clickClipper(worker, `${origin}/news/bridge`)).toMatchObject({ ok: true });
  await expect(app.highlightEntries).toHaveCount(1);
  await expect(app.article).toContainText('open in May next year');
  await expect(app.article.getByRole('button', { name: 'Show changes' })).toHaveCount(0);

  // The editors change the page; the reader captures it again, with nothing selected.
  bridge = BRIDGE_SECOND;
  await reading.reload();
  await reading.evaluate(() => getSelection()!.removeAllRanges());
  expect(await clickClipper(worker, `${origin}/news/bridge`)).toMatchObject({ ok: true });

  // The open article is read afresh: the new text, the same highlight, one article in the list.
  await expect(app.article).toContainText('open in June next year');
  await expect(app.article).not.toContainText('reckless');
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  await expect(app.highlightEntries).toHaveCount(1);
  await expect(app.article).toContainText('Changed since the last capture');
  await app.article.getByRole('button', { name: 'Show changes' }).click();

  const dialog = app.page.getByRole('dialog', { name: 'Changes since the last capture' });
  await expect(dialog.getByRole('region', { name: 'Captures' }).getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByRole('region', { name: 'Highlights' })).toContainText('0 kept, 1 moved, 0 changed, 0 gone.');
  await expect(dialog.getByRole('region', { name: 'Highlights' }).getByRole('listitem')).toContainText('Moved');
  const diff = dialog.getByRole('region', { name: 'Text changes' });
  await expect(diff.locator('del').filter({ hasText: 'May' })).toHaveCount(1);
  await expect(diff.locator('ins')).toHaveText(['June']);
  await expect(diff.locator('del').filter({ hasText: 'reckless and expensive' })).toHaveCount(1);
  await screenshot(app.page, 'capture-changes');

  // A click on the highlight's words closes the changes and shows it in the article.
  await dialog.getByRole('button', { name: '“Officials declined to comment on the delay”' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.highlightEntries.first()).toHaveAttribute('aria-current', 'true');

  // Both pages are kept, and the evidence check covers them.
  expect((await readdir(path.join(library, 'originals'))).filter((name) => name.endsWith('.html'))).toHaveLength(2);
  await app.article.getByRole('button', { name: 'Evidence' }).click();
  const evidence = app.page.getByRole('dialog', { name: 'Evidence' });
  await evidence.getByRole('button', { name: 'Check the hashes' }).click();
  await expect(evidence.getByRole('status')).toContainText('Verified');
});
