import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// Tags on the article itself (not only on its highlights): set under the title, kept, exported
// and filterable in the library; and each article opens again where it was being read.

const SEED_TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('an article\'s own tags are kept, undoable, exported and filter the library', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importByPasting('Another article\n\nA second article, about something else entirely.');
  await app.importFile(SEED_ARTICLE);
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();

  const articleTags = app.article.getByRole('textbox', { name: 'Article tags' }).or(app.article.getByRole('combobox', { name: 'Article tags' }));
  await articleTags.fill('Peace talks');
  await articleTags.press('Enter');
  await articleTags.fill('South Caucasus');
  await articleTags.press('Enter');
  await expect(app.article.getByRole('list', { name: 'Tags of this article' }).getByRole('listitem')).toHaveText(['Peace talks×', 'South Caucasus×']);
  await expect(app.article.getByText('In Markdown and Obsidian: #Peace-talks #South-Caucasus')).toBeVisible();
  // The highlights' own tag field is a different one.
  await expect(app.highlights.getByRole('textbox', { name: 'Tags', exact: true })).toHaveCount(0);
  await expect(app.library.getByRole('listitem').filter({ hasText: SEED_TITLE })).toContainText('Peace talks, South Caucasus');
  await screenshot(page, 'article-tags');

  // Undo takes the last one back; redo gives it again.
  await page.locator('body').click({ position: { x: 600, y: 600 } });
  await page.keyboard.press('Control+z');
  await expect(app.article.getByRole('button', { name: 'Remove article tag South Caucasus' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(app.article.getByRole('button', { name: 'Remove article tag South Caucasus' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const text = await readFile((await (await downloading).path())!, 'utf8');
  expect((parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as { tags: string[] }).tags).toEqual(['Peace-talks', 'South-Caucasus']);

  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('textbox', { name: 'Library tag' }).fill('peace talks');
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  await expect(app.library.getByRole('listitem')).toContainText(SEED_TITLE);

  await page.reload();
  await expect(app.article.getByRole('button', { name: 'Remove article tag Peace talks' })).toBeVisible();
});

test('an article opens again where it was being read, also after a reload', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  const paragraphs = Array.from({ length: 80 }, (_, index) => `Paragraph number ${index + 1} of the long report, with enough words to fill a line or two of the reader.`);
  await app.importByPasting(`Long report\n\n${paragraphs.join('\n\n')}`);
  await app.importByPasting('Short note\n\nOnly a few words here.');
  await app.openArticle('Long report');

  const marker = app.article.getByText('Paragraph number 40 of', { exact: false });
  await marker.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(marker).toBeInViewport();
  await expect(app.article.getByText('Paragraph number 1 of', { exact: false })).not.toBeInViewport();

  await app.openArticle('Short note');
  await app.openArticle('Long report');
  await expect(marker).toBeInViewport();
  await expect(app.article.getByText('Paragraph number 1 of', { exact: false })).not.toBeInViewport();
  await expect(app.article.getByRole('heading', { name: 'Long report' })).not.toBeInViewport();
  await screenshot(page, 'reading-position');

  // The position is the library's, not the window's: a reload opens the article there too.
  await page.reload();
  await expect(app.article.getByRole('heading', { name: 'Long report' })).toBeAttached();
  await expect(marker).toBeInViewport();
});
