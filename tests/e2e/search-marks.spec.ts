import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// Opening a search hit marks the searched words in the article, with a count and next / previous
// (F3, Shift+F3); Ctrl+F finds within the open article the same way; the query is kept.

const SEED_TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

async function start(page: Page): Promise<AppPage> {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importByPasting('Notes on the alliance\n\nThe CSTO met in Yerevan; nothing was decided.');
  await app.importFile(SEED_ARTICLE);
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  return app;
}

test('opening a search hit marks the words in the article, with a count, F3 and Shift+F3; the query is kept', async ({ page }) => {
  const app = await start(page);
  const seed = await readFile(SEED_ARTICLE, 'utf8');
  const expected = seed.match(/\bCSTO\b/g)!.length;
  await app.openArticle('Notes on the alliance');

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('csto');
  const results = page.getByRole('list', { name: 'Search results' });
  await results.getByRole('button').filter({ hasText: SEED_TITLE }).first().click();
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();

  const find = page.getByRole('search', { name: 'Find in article' });
  await expect(find.getByRole('searchbox', { name: 'Find in article' })).toHaveValue('csto');
  await expect(find.getByRole('status')).toHaveText(`1 of ${expected}`);
  const marks = app.article.getByRole('mark');
  await expect(marks).toHaveCount(expected);
  await expect(marks.first()).toHaveText('CSTO');
  await expect(marks.first()).toHaveClass(/is-current/);
  await expect(search).toHaveValue('csto');
  await expect(results).toHaveCount(0);
  await screenshot(page, 'search-marks');

  await page.keyboard.press('F3');
  await expect(find.getByRole('status')).toHaveText(`2 of ${expected}`);
  await expect(marks.nth(1)).toHaveClass(/is-current/);
  await expect(marks.nth(1)).toBeInViewport();
  await page.keyboard.press('Shift+F3');
  await page.keyboard.press('Shift+F3');
  await expect(find.getByRole('status')).toHaveText(`${expected} of ${expected}`);
  await find.getByRole('button', { name: 'Next match' }).click();
  await expect(find.getByRole('status')).toHaveText(`1 of ${expected}`);

  // The query is kept: back in the search box, the same results are there.
  await search.focus();
  await expect(results.getByRole('button').filter({ hasText: SEED_TITLE }).first()).toBeVisible();
});

test('a highlight hit opens with the match inside that highlight current', async ({ page }) => {
  const app = await start(page);
  await app.highlight('Russian-led Collective Security Treaty Organization (CSTO)');
  await app.claimant.fill('Reporter');
  await app.openArticle('Notes on the alliance');
  await page.getByRole('searchbox', { name: 'Search' }).fill('collective security');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').filter({ hasText: 'Highlight' }).first().click();
  const current = app.article.locator('[data-highlight-id] mark.is-current');
  await expect(current).toHaveText(/^(Collective|Security)$/);
  await expect(current).toBeInViewport();
});

test('Ctrl+F finds within the open article with a count; Enter, Shift+Enter, F3 and Shift+F3 step; Escape closes it; the query is kept', async ({ page }) => {
  const app = await start(page);
  await app.article.getByRole('heading', { name: SEED_TITLE }).click();
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(field).toBeFocused();
  await field.fill('summit');
  const status = page.getByRole('search', { name: 'Find in article' }).getByRole('status');
  await expect(status).toHaveText('1 of 3');
  await expect(app.article.getByRole('mark')).toHaveText(['summit', 'summit', 'summit']);
  await field.press('Enter');
  await expect(status).toHaveText('2 of 3');
  await field.press('Shift+Enter');
  await expect(status).toHaveText('1 of 3');
  // F3 and Shift+F3 step within the article as they do for a search hit.
  await page.keyboard.press('F3');
  await expect(status).toHaveText('2 of 3');
  await page.keyboard.press('F3');
  await expect(status).toHaveText('3 of 3');
  await page.keyboard.press('Shift+F3');
  await expect(status).toHaveText('2 of 3');
  await screenshot(page, 'find-in-article');
  await field.fill('zzqxv');
  await expect(status).toHaveText('No matches');
  await expect(app.article.getByRole('mark')).toHaveCount(0);
  await field.fill('summit');
  await field.press('Escape');
  await expect(field).toBeHidden();
  await expect(app.article.getByRole('mark')).toHaveCount(0);
  // Opened again, it still has its query.
  await page.keyboard.press('Control+f');
  await expect(field).toHaveValue('summit');
  await expect(app.article.getByRole('mark')).toHaveCount(3);
});
