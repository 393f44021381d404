import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// The whole library as a Markdown folder, from the app's Export menu (the library is held by the
// app, so the command line could not): a folder path, progress, and a summary of what was written.

const SEED_TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('the Export menu writes the whole library as a Markdown folder, says what it wrote, and updates it in place', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importByPasting('Talks in Brussels\n\nThe ministers met again in Brussels on Monday to resume the talks.');
  await app.importFile(SEED_ARTICLE);
  await app.highlight('lambasted the CSTO');
  await app.claimant.fill('Armen Khachatrian');
  await app.addTag('CSTO');
  const vault = path.join(await mkdtemp(path.join(tmpdir(), 'rn-e2e-vault-')), 'Obsidian', 'Research');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Markdown: whole library as a folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the library as a Markdown folder' });
  await expect(dialog).toBeVisible();
  // A relative path is refused with a reason, nothing written.
  await dialog.getByRole('textbox', { name: 'Folder' }).fill('Research');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('full path');

  await dialog.getByRole('textbox', { name: 'Folder' }).fill(vault);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText(`Exported 2 articles to ${vault}: 3 files written, 0 unchanged.`)).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Articles exported' })).toHaveJSProperty('value', 2);
  await expect(dialog.getByText('2 of 2 articles')).toBeVisible();
  await screenshot(page, 'export-folder');

  const names = (await readdir(vault)).sort();
  expect(names).toEqual(['Talks in Brussels.md', `${SEED_TITLE}.md`, 'index.md', 'export-manifest.json'].sort());
  const note = await readFile(path.join(vault, `${SEED_TITLE}.md`), 'utf8');
  expect(note).toContain('lambasted the CSTO');
  expect(note).toContain('**Claimant:** Armen Khachatrian');
  expect(await readFile(path.join(vault, 'index.md'), 'utf8')).toContain(`[[${SEED_TITLE}]]`);

  // What the user writes below the last line survives the next export, which changes only that note.
  await writeFile(path.join(vault, `${SEED_TITLE}.md`), `${note}\nMy own thoughts.\n`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.highlightItem('lambasted the CSTO').getByText('lambasted the CSTO').click();
  await app.note.fill('Checked against the Armenian record.');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Markdown: whole library as a folder…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Folder' })).toHaveValue(vault);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText(`Exported 2 articles to ${vault}: 1 file written, 1 unchanged.`)).toBeVisible();
  const updated = await readFile(path.join(vault, `${SEED_TITLE}.md`), 'utf8');
  expect(updated).toContain('Checked against the Armenian record.');
  expect(updated).toContain('My own thoughts.');
});
