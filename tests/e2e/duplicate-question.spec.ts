import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// Importing what the library already holds asks a question about that article, by its title:
// open it, update it, or keep both. No internal id, and not drawn or announced as an error.

const TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';
const QUESTION = `Already in your library: “${TITLE}”. Open it, update it with this version, or keep both?`;

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('a duplicate import asks about the article by its title, and "Open existing" opens it', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await app.importByPasting('Another article\n\nSomething else entirely, long enough to read as an article.');
  await expect(app.article.getByRole('heading', { name: 'Another article' })).toBeVisible();

  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByLabel('Choose file').setInputFiles(SEED_ARTICLE);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const question = dialog.getByRole('group', { name: QUESTION });
  await expect(question).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog).not.toContainText('(id ');
  await expect(question.getByRole('button')).toHaveText(['Open existing', 'Update existing', 'Keep both']);
  await screenshot(page, 'duplicate-question');

  await question.getByRole('button', { name: 'Open existing' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.article.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(app.library.getByRole('listitem')).toHaveCount(2);
});

test('in a batch, the duplicate line asks the same question, and "Keep both" imports it anew', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  const other = { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('Other notes\n\nA second article, new to the library.') };
  await dialog.getByLabel('Choose file').setInputFiles([{ name: 'seed-article.txt', mimeType: 'text/plain', buffer: await readFile(SEED_ARTICLE) }, other]);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const results = dialog.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  await expect(results.nth(1)).toContainText('Imported: Other notes');
  const question = results.nth(0).getByRole('group', { name: QUESTION });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expect(results.nth(0)).toContainText(`Imported: ${TITLE}`);
  await expect(app.library.getByRole('listitem')).toHaveCount(3);
});
