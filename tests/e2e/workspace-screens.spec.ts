import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { FIXTURES, makeLibraryFolder, startWebShell } from './support/web-shell.js';

// Walks every workspace screen as a user would (highlight, grade, colour, rich note, memo, claims
// view, search, tag manager, palette) and fails on any page error or refused API call on the way.
// With RN_SCREENSHOTS=DIR it also saves a picture of each screen for a person to look at.
test('every workspace screen opens without a page error or a refused API call', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', async (response) => { if (response.url().includes('/api/')) { const body = await response.text().catch(() => ''); if (body.includes('"ok":false')) errors.push(response.url() + ' ' + body.slice(0, 300)); } });
  const shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  const shot = async (name: string): Promise<void> => {
    if (process.env.RN_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.RN_SCREENSHOTS, `${name}.png`) });
  };
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.goto(shell.url);
  await app.importByPasting(await readFile(path.join(FIXTURES, 'seed-article.txt'), 'utf8'));
  await app.selectInArticle('lambasted the CSTO');
  await app.highlightButton.click();
  await app.claimant.fill('Armen Khachatrian');
  await page.getByRole('combobox', { name: 'Source reliability' }).selectOption('B');
  await page.getByRole('combobox', { name: 'Information credibility' }).selectOption('2');
  await app.addTag('Actors/CSTO');
  await app.selectInArticle('Khachatrian also claim that Baku');
  await app.highlightButton.click();
  await app.highlights.getByRole('button', { name: 'Colour: contradiction (red)' }).click();
  await app.addTag('Actors/Russia');
  await page.getByRole('button', { name: 'Format note' }).click();
  await expect(app.note).toBeFocused();
  await page.keyboard.type('A rich note with ');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('bold');
  await page.getByText('Memo').click();
  await page.getByRole('textbox', { name: 'Memo' }).click();
  await page.keyboard.type('Memo: check Vedomosti source.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(app.note).toContainText('A rich note with bold');
  await shot('reader');
  await page.getByRole('button', { name: 'Claims view' }).click();
  await expect(page.getByText('2 claims')).toBeVisible();
  await shot('claims');
  await page.getByRole('searchbox', { name: 'Search' }).fill('CSTO');
  await expect(page.locator('mark').first()).toBeVisible();
  await shot('search');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+P');
  await shot('palette');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Manage tags' }).click();
  await page.getByRole('dialog', { name: 'Manage tags' }).getByRole('button', { name: /^Actors\/CSTO/ }).click();
  await shot('tags');
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Reader' }).click();
  await shot('dark');
  await shell.stop();
  expect(errors).toEqual([]);
});
