import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { FIXTURES, makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';

// Suggested claims: import the seed, accept the claim finder's Khachatrian quotation with one key,
// and the highlight has the claimant and the exact sentence; Delete dismisses one for good.

const SEED = path.join(FIXTURES, 'seed-article.txt');
const QUESTION = 'Why is there no reaction to the aggression against a [CSTO] member state and occupation of its territory even in the form of statements?';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('accept the Khachatrian suggestion with Enter: a highlight with its claimant and the exact sentence', async ({ page }) => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const app = new AppPage(page);
  await app.goto(shell.url);
  await app.importFile(SEED);

  const panel = page.getByRole('complementary', { name: 'Suggested claims' });
  const entries = panel.getByRole('list', { name: 'Suggested claims of this article' }).locator(':scope > li');
  await expect(entries).toHaveCount(8);
  await expect(page.getByRole('button', { name: /^Suggested claims 8$/ })).toBeVisible();
  // Each suggestion is drawn in the text as a dotted underline.
  await expect(app.article.locator('[data-suggestion-id]').filter({ hasText: 'You can agree on a date' })).toHaveCount(1);

  // S starts at the first suggestion; J moves on until the question is current.
  await page.getByRole('heading', { name: 'Suggested claims' }).click();
  await page.keyboard.press('s');
  const current = panel.locator('li[aria-current="true"]');
  await expect(current).toContainText('Vedomosti');
  for (let step = 0; step < 8 && !((await current.textContent()) ?? '').includes('Why is there no reaction'); step++) await page.keyboard.press('j');
  await expect(current).toContainText('Armen Khachatrian');
  await expect(current).toContainText('Why is there no reaction');
  await expect(app.article.locator('[data-suggestion-id][aria-current="true"]')).toContainText('Why is there no reaction');

  if (process.env.RN_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.RN_SCREENSHOTS, 'suggested-claims-current.png') });
  // One key accepts it.
  await page.keyboard.press('Enter');
  await expect(app.highlightEntries).toHaveCount(1);
  await expect(entries).toHaveCount(7);
  await expect(page.getByRole('button', { name: /^Suggested claims 7$/ })).toBeVisible();
  await app.highlightItem('Why is there no reaction').getByRole('button', { name: /Why is there no reaction/ }).click();
  await expect(app.claimant).toHaveValue('Armen Khachatrian');
  await expect(app.highlightItem('Why is there no reaction').locator('q').first()).toHaveText(QUESTION);
  await expect(app.article.locator('[data-highlight-id]').filter({ hasText: 'Why is there no reaction' })).toHaveText(QUESTION);

  // Delete dismisses the current suggestion, and it stays dismissed after the app restarts.
  await entries.filter({ hasText: 'You can agree on a date' }).getByRole('button', { name: /Vladimir Putin/ }).click();
  await page.keyboard.press('Delete');
  await expect(entries).toHaveCount(6);
  await expect(entries.filter({ hasText: 'You can agree on a date' })).toHaveCount(0);
  expect(await shell.stop()).toBe(0);
  shell = await startWebShell(library);
  await app.goto(shell.url);
  await app.openArticle('Putin Reportedly Keen To Host Another Armenian-Azeri Summit');
  await expect(entries).toHaveCount(6);
  await expect(entries.filter({ hasText: 'You can agree on a date' })).toHaveCount(0);
  if (process.env.RN_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.RN_SCREENSHOTS, 'suggested-claims.png') });
});

test('a long list of suggestions is drawn in part, and the last one can still be reached, read and accepted', async ({ page }) => {
  // 260 attributed statements, each by its own official: more than the list draws whole.
  const firsts = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Gohar', 'Hakob', 'Irina', 'Jonas', 'Karen', 'Lilit', 'Mikael', 'Nina', 'Oleg', 'Petra', 'Rafael', 'Sona', 'Tigran', 'Vera'];
  const lasts = ['Petrosyan', 'Ivanova', 'Mendes', 'Keller', 'Sargsyan', 'Novak', 'Hovhannisyan', 'Larsen', 'Grigoryan', 'Moreau', 'Avetisyan', 'Fischer', 'Harutyunyan'];
  const statements = lasts.flatMap((last, row) => firsts.map((first, column) =>
    `${first} ${last}, a regional official, said that the road to the village of Site ${row * firsts.length + column + 1} would reopen in the spring.`));
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  await app.importByPasting(['Roads to reopen across the region', ...statements].join('\n\n'));

  const panel = page.getByRole('complementary', { name: 'Suggested claims' });
  const entries = panel.getByRole('list', { name: 'Suggested claims of this article' }).locator(':scope > li');
  await expect(page.getByRole('button', { name: /^Suggested claims 260$/ })).toBeVisible();
  // Only the entries near the view are in the page, and each says where it stands in the whole list.
  await expect(entries.first()).toHaveAttribute('aria-setsize', '260');
  expect(await entries.count()).toBeLessThan(60);
  await expect(entries.first()).toHaveAttribute('aria-posinset', '1');

  // Scrolled to the end, the panel draws the last entries, in their places.
  await panel.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  const last = entries.filter({ hasText: 'Site 260 would reopen' });
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-posinset', '260');
  await expect(entries.filter({ hasText: 'Site 1 would reopen' })).toHaveCount(0);

  // K goes back from it one at a time, Enter accepts the current one with its claimant.
  await last.getByRole('button', { name: /Vera Harutyunyan/ }).click();
  await page.keyboard.press('k');
  const current = panel.locator('li[aria-current="true"]');
  await expect(current).toContainText('Site 259 would reopen');
  await expect(current).toBeInViewport();
  // The focus went along with K, so Enter accepts this one and not the one clicked.
  await expect(current.locator('.suggestion-quote')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.highlightEntries).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Suggested claims 259$/ })).toBeVisible();
  await app.highlightItem('Site 259 would reopen').getByRole('button', { name: /Site 259 would reopen/ }).click();
  await expect(app.claimant).toHaveValue('Tigran Harutyunyan');

  // Back at the top the first entries are drawn again.
  await panel.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(entries.filter({ hasText: 'Site 1 would reopen' })).toBeInViewport();
});
