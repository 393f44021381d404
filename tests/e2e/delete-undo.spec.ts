import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// Deleting a highlight says so, with an Undo button; Ctrl+Z undoes it as before.

const QUOTE = 'lambasted the CSTO';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('deleting a highlight shows a message with Undo, which brings it back; Ctrl+Z still works', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await app.highlight(QUOTE);
  await app.claimant.fill('Armen Khachatrian');
  await app.addTag('CSTO');

  await app.highlightItem(QUOTE).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(app.highlightEntries).toHaveCount(0);
  const message = page.getByRole('status').filter({ hasText: `Highlight deleted: “${QUOTE}”` });
  await expect(message).toBeVisible();
  await screenshot(page, 'delete-undo');
  await message.getByRole('button', { name: 'Undo' }).click();
  await expect(app.highlightEntries).toHaveCount(1);
  await expect(app.highlightItem(QUOTE)).toContainText('Armen Khachatrian');
  await expect(page.getByText('Highlight deleted')).toHaveCount(0);
  await expect(app.article.locator('[data-highlight-id]').filter({ hasText: QUOTE })).toHaveCount(1);

  // The keyboard's way: Delete on the selected highlight, then Ctrl+Z; the message goes with the undo.
  await app.highlightItem(QUOTE).getByText(QUOTE).click();
  await page.locator('body').press('Delete');
  await expect(app.highlightEntries).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(app.highlightEntries).toHaveCount(1);
  await expect(page.getByText('Highlight deleted')).toHaveCount(0);
  await expect(app.highlightItem(QUOTE)).toContainText('CSTO');
});
