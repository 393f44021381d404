import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// A tab left open while the web shell restarts (a new session, a new token) says that its session
// ended and how to open the new one, both in the app and when the tab is reloaded.

const TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('after the web shell restarts, an open tab says the session ended and how to open the new one', async ({ page }) => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const port = Number(new URL(shell.url).port);
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await expect(app.article.getByRole('heading', { name: TITLE })).toBeVisible();
  // The app lists the article's suggested claims as it opens it; stopping the shell while that
  // request is under way would end the session before the step this test takes.
  await expect(page.getByRole('button', { name: /^Suggested claims [1-9]/ })).toBeVisible();

  // Restarted on the same port, as `research-notes web --port N` does: the old token is void.
  // The tab asks the library each second for pages sent by the browser clipper, so while the
  // shell is down it says, untouched, that nothing answers.
  await shell.stop();
  await expect(page.getByRole('heading', { name: 'Research Notes is not running here', level: 1 })).toBeVisible();
  shell = await startWebShell(library, { port });
  expect(shell.url).not.toBe(page.url());

  // It keeps asking, so once the shell answers again it learns that its session ended.
  await expect(page.getByRole('heading', { name: 'Session ended', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('open the address that research-notes web printed in its terminal');
  await expect(page.getByRole('button', { name: 'Import article' })).toHaveCount(0);
  await screenshot(page, 'session-ended-app');

  // Reloaded, the tab gets the server's page rather than a bare "Forbidden".
  const response = await page.reload();
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Session ended', level: 1 })).toBeVisible();
  await expect(page.getByText('http://127.0.0.1:PORT/?token=…')).toBeVisible();
  await expect(page.getByText('Forbidden')).toHaveCount(0);
  await screenshot(page, 'session-ended-reload');

  // The new address works, on the same library.
  await app.goto(shell.url);
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
});

test('a tab whose web shell stopped says nothing answers at its address', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await expect(page.getByRole('button', { name: /^Suggested claims [1-9]/ })).toBeVisible();
  await shell.stop();
  shell = undefined;
  // The tab's once-a-second ask for browser captures finds nothing there, untouched.
  await expect(page.getByRole('heading', { name: 'Research Notes is not running here', level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('research-notes web');
});
