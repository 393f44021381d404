import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// A tag with a space has one Markdown form, written alike in the front matter and the body (so
// Obsidian sees one tag), and the tag field shows that form before anything is exported.

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('a tag with spaces shows its Markdown form in the tag field, and the export writes that one form in both places', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await app.highlight('lambasted the CSTO');

  await app.tags.fill('Zangezur corridor');
  // Shown while typing, before the tag is even added.
  await expect(app.tags).toHaveAccessibleDescription('In Markdown and Obsidian: #Zangezur-corridor');
  await app.tags.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag Zangezur corridor' })).toBeVisible();
  await app.addTag('CSTO');
  await expect(app.tags).toHaveAccessibleDescription('In Markdown and Obsidian: #Zangezur-corridor #CSTO');
  await expect(app.highlights.getByText('In Markdown and Obsidian: #Zangezur-corridor #CSTO')).toBeVisible();
  await screenshot(page, 'markdown-tags');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const text = await readFile((await (await downloading).path())!, 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const frontMatter = parseYaml(yaml!) as { tags: string[] };
  expect(frontMatter.tags).toEqual(['Zangezur-corridor', 'CSTO']);
  expect(body).toContain('#Zangezur-corridor #CSTO');
  expect(body).not.toContain('Zangezur corridor');
});

test('a tag already in its Markdown form gets no hint', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await app.highlight('lambasted the CSTO');
  await app.addTag('Actors/CSTO');
  await expect(app.highlights.getByText('In Markdown and Obsidian')).toHaveCount(0);
});
