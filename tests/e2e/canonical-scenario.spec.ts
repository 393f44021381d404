import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { AppPage } from './pages/app-page.js';
import { FIXTURES, makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';

// The first complete loop: import the seed article, mark a claim, tag it, restart the
// app on the same library, and export Markdown.

const SEED = path.join(FIXTURES, 'seed-article.txt');
const TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';
const CLAIM =
  'A senior Armenian lawmaker, Armen Khachatrian, on Monday lambasted the CSTO for not providing any military aid to ' +
  'Armenia or even condemning Azerbaijan’s offensive military operations launched at several sections of the frontier.';
const INNER = 'lambasted the CSTO';
// Enough of the claim to tell its entry in the Highlights list from the inner one's.
const CLAIM_FRAGMENT = 'Armen Khachatrian, on Monday';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('import by pasting, highlight a claim and an overlapping passage, restart, export Markdown', async ({ page }) => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const app = new AppPage(page);
  await app.goto(shell.url);

  // 1-2. An empty library; import by pasting the seed's text.
  await expect(app.library.getByRole('listitem')).toHaveCount(0);
  await app.importByPasting(await readFile(SEED, 'utf8'));
  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  await expect(app.library.getByRole('listitem').first()).toContainText(TITLE);
  await expect(app.article.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(app.articleText.getByRole('paragraph').filter({ hasText: 'Vedomosti reported on Monday' })).toHaveCount(1);
  const captions = app.articleText.getByRole('figure');
  await expect(captions).toHaveCount(2);
  await expect(captions.nth(0)).toHaveText(/^Russia - Russian President Vladimir Putin/);
  await expect(captions.nth(1)).toHaveText(/^Czech Republic - The leaders of Armenia/);
  await expect(app.articleText.getByRole('paragraph').filter({ hasText: /^Russia - / })).toHaveCount(0);

  // 3. Highlight the claim with the button; fill claimant, tags and note.
  await expect(app.highlightButton).toBeDisabled();
  await app.selectInArticle(CLAIM);
  await expect(app.highlightButton).toBeEnabled();
  await app.highlightButton.click();
  await expect(app.highlightItem(CLAIM_FRAGMENT)).toHaveCount(1);
  await app.claimant.fill('Armen Khachatrian');
  await app.addTag('CSTO');
  await app.addTag('Armenia');
  await app.note.fill('Accusation of CSTO inaction');
  await app.note.blur();

  // 4. Highlight an overlapping passage inside it with the keyboard shortcut; tag it.
  await app.selectInArticle(INNER);
  await page.keyboard.press('Control+Shift+H');
  await expect(app.highlightEntries).toHaveCount(2);
  await app.addTag('CSTO');
  await expect(app.article.locator('[data-highlight-id]').filter({ hasText: INNER }).first()).toBeVisible();
  await expectBothHighlightsDrawn(app);

  // Each can be selected: from the list, and the inner one by clicking its text.
  await app.highlightItem(CLAIM_FRAGMENT).getByText(CLAIM_FRAGMENT).click();
  await expect(app.claimant).toHaveValue('Armen Khachatrian');
  await app.article.locator('[data-highlight-id]').filter({ hasText: INNER }).last().click();
  await expect(app.claimant).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Remove tag CSTO' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove tag Armenia' })).toHaveCount(0);

  // 5. Stop the app and start it again on the same library.
  expect(await shell.stop()).toBe(0);
  shell = await startWebShell(library);
  await app.goto(shell.url);
  await app.openArticle(TITLE);
  await expect(app.highlightEntries).toHaveCount(2);
  await expectBothHighlightsDrawn(app);
  await app.highlightItem(CLAIM_FRAGMENT).getByText(CLAIM_FRAGMENT).click();
  await expect(app.claimant).toHaveValue('Armen Khachatrian');
  await expect(app.note).toHaveValue('Accusation of CSTO inaction');
  await expect(page.getByRole('button', { name: 'Remove tag CSTO' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove tag Armenia' })).toBeVisible();

  // 6. Export Markdown: front matter, then each highlight as a quote with claimant, tags and note.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile((await download.path())!, 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(frontMatter, 'front matter at the top').not.toBeNull();
  const meta = parseYaml(frontMatter![1]!) as Record<string, unknown>;
  expect(meta.title).toBe(TITLE);
  expect(meta.tags).toEqual(expect.arrayContaining(['CSTO', 'Armenia']));
  expect(String(meta.imported)).toMatch(/^\d{4}-\d{2}-\d{2}/);
  expect(markdown).toContain('#CSTO #Armenia');
  expect(markdown).toContain('Armen Khachatrian');
  expect(markdown).toContain('Accusation of CSTO inaction');
  expect(markdown.match(/^> /gm)?.length).toBeGreaterThanOrEqual(2);
});

test('import by choosing the file', async ({ page }) => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const app = new AppPage(page);
  await app.goto(shell.url);

  await app.importFile(SEED);
  await expect(app.library.getByRole('listitem').filter({ hasText: TITLE })).toHaveCount(1);
  await expect(app.article.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(app.articleText.getByRole('figure')).toHaveCount(2);
  await expect(app.article).toContainText('Khachatrian also claim that Baku is “ready”');
});

test('a broken import shows a clear error and leaves the library as it was', async ({ page }) => {
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const app = new AppPage(page);
  await app.goto(shell.url);

  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByLabel('Choose file').setInputFiles({ name: 'garbage.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 7]) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  // The message names the file and says what is wrong with it.
  await expect(dialog.getByRole('alert')).toContainText('garbage.txt');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.library.getByRole('listitem')).toHaveCount(0);
});

/** Both highlights are drawn: the inner passage lies inside two highlight spans. */
async function expectBothHighlightsDrawn(app: AppPage): Promise<void> {
  const ids = await app.article.locator('[data-highlight-id]').evaluateAll((spans) =>
    [...new Set(spans.map((span) => span.getAttribute('data-highlight-id')))],
  );
  expect(ids).toHaveLength(2);
  const innerCoveredBy = await app.article.locator('[data-highlight-id]').filter({ hasText: 'lambasted the CSTO' }).last().evaluate((span) => {
    const owners = new Set<string>();
    for (let node: Element | null = span; node; node = node.parentElement) {
      const id = node.getAttribute('data-highlight-id');
      if (id) owners.add(id);
    }
    return owners.size;
  });
  expect(innerCoveredBy).toBe(2);
}
