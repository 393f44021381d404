import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { makePng } from '../support/make-png.js';

// A page imported by its address keeps the pictures the fetch brought (embedded in the library,
// shown without touching the network again), leaves out decoration (rules, spacers), and shows a
// clear placeholder only for a picture that could not be had.

let shell: WebShell | undefined;
let server: Server | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

const words = (topic: string): string => `${topic} `.repeat(3) + 'The delegations met for several hours and agreed to meet again before the end of the month, officials said.';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Summit in Prague</title></head><body>
<article><h1>Summit in Prague</h1>
<p>${words('Leaders of the region met in Prague on Thursday.')}</p>
<figure><img src="/img/prague.png" alt="Leaders in Prague"><figcaption>The leaders before the talks.</figcaption></figure>
<p><img src="/img/grey-line.png" alt="line"></p>
<p>${words('The talks continued late into the evening.')}</p>
<p><img src="/img/clear.gif" width="1" height="1" alt=""></p>
<figure><img src="/img/banner.png" alt="Divider"></figure>
<figure><img src="/img/yerevan.jpg" alt="Protest in Yerevan"><figcaption>Protesters in Yerevan.</figcaption></figure>
<p>${words('Both sides said the meeting was constructive.')}</p>
</article></body></html>`;

test('a fetched page keeps its pictures, drops its decoration, and stands in only for what could not be had; reading fetches nothing', async ({ page }) => {
  const requests: string[] = [];
  const images = new Map([
    ['/img/prague.png', makePng(160, 100)],
    ['/img/grey-line.png', makePng(976, 2, [200, 200, 200])],
    ['/img/clear.gif', Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')],
    ['/img/banner.png', makePng(640, 3)],
  ]);
  server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    if (pathname === '/world/summit') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (images.has(pathname)) response.writeHead(200, { 'content-type': 'image/png' }).end(images.get(pathname));
    else response.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importWith((dialog) => dialog.getByRole('textbox', { name: 'Source URL' }).fill(`${origin}/world/summit`));
  await expect(app.article.getByRole('heading', { name: 'Summit in Prague', level: 1 }).first()).toBeVisible();

  const photo = app.article.getByRole('img', { name: 'Leaders in Prague', exact: true });
  await expect(photo).toBeVisible();
  expect(await photo.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(160);
  await expect(app.article.getByRole('img', { name: 'Image not available: Protest in Yerevan' })).toBeVisible();
  // Two images in all: the rule, the spacer and the 3-pixel banner are gone, and no "[Image: …]" line is left.
  await expect(app.article.getByRole('img')).toHaveCount(2);
  await expect(app.article).not.toContainText('[Image');
  await expect(app.article).not.toContainText('Divider');
  await screenshot(page, 'page-images');

  // Reading never fetches: the browser asks the page's server for nothing, before or after a reload.
  const fromBrowser: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(origin)) fromBrowser.push(request.url());
  });
  requests.length = 0;
  await page.reload();
  await app.openArticle('Summit in Prague');
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(160);
  expect(fromBrowser).toEqual([]);
  expect(requests).toEqual([]);
});
