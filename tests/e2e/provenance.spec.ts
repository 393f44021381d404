import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';

// Under the title: who wrote it, the site, the date, and the source as a link that opens outside
// the app on a click. A page's " | Site" title suffix and a byline that repeats the site are
// cleaned at import; what the page said stays in the article's details.

let shell: WebShell | undefined;
let server: Server | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Border talks resume in Brussels | Example News</title>
<meta property="og:title" content="Border talks resume in Brussels | Example News">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Example News">
<meta property="article:published_time" content="2022-10-31T09:00:00Z">
</head><body><article><h1>Border talks resume in Brussels</h1>
<p>The foreign ministers met again on Monday to resume the talks on the border, after a pause of several weeks.</p>
<p>Both sides said the meeting was constructive, and a further round was planned for November.</p>
</article></body></html>`;

test('the source, site and date show under the title, the title and byline cleaned; the source opens outside on a click', async ({ page, context }) => {
  server = createServer((request, response) => {
    if (request.url === '/world/border-talks') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else response.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importWith((dialog) => dialog.getByRole('textbox', { name: 'Source URL' }).fill(`${origin}/world/border-talks`));

  await expect(app.article.getByRole('heading', { name: 'Border talks resume in Brussels', level: 1, exact: true })).toBeVisible();
  const source = app.article.getByRole('group', { name: 'Source' });
  // "Example News" once: the byline only repeated the site.
  await expect(source).toHaveText(/^Example News · October 31, 2022 · 127\.0\.0\.1\/world\/border-talks ↗$/);
  await expect(app.library.getByRole('listitem')).toContainText('Border talks resume in Brussels');
  await expect(app.library.getByRole('listitem')).not.toContainText('| Example News');
  await screenshot(page, 'provenance');

  // A plain click opens the page outside the app (a new browser tab here), without an opener.
  const link = source.getByRole('link', { name: /127\.0\.0\.1\/world\/border-talks/ });
  const opened = context.waitForEvent('page');
  await link.click();
  const outside = await opened;
  await outside.waitForLoadState();
  expect(outside.url()).toBe(`${origin}/world/border-talks`);
  expect(await outside.evaluate(() => window.opener)).toBeNull();
  expect(new URL(page.url()).port).toBe(new URL(shell.url).port);
  await outside.close();

  // What the page said is kept.
  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('dialog', { name: 'Edit details' });
  await expect(details).toContainText('As the source gave them: title “Border talks resume in Brussels | Example News”, byline “Example News”.');
  await expect(details.getByRole('textbox', { name: 'Byline' })).toHaveValue('');
});
