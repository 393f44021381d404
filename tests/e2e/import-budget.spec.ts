import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildTextPdf } from '../../core/import/build-text-pdf.js';
import { AppPage } from './pages/app-page.js';
import { FIXTURES, makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';

// Imports with a budget, from the UI: the Cancel of the import dialog calls cancelImport, which
// ends the worker thread reading the file (nothing is stored); the largest PDF is a setting.

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

/** The web shell's threads (Linux): a worker thread is one more, and one fewer once it is ended. */
async function threadCount(pid: number): Promise<number> {
  return (await readdir(`/proc/${pid}/task`)).length;
}

test('Cancel stops a slow import under way: the worker is ended, nothing is imported, the results say cancelled', async ({ page }, testInfo) => {
  test.skip(process.platform !== 'linux', 'counts the web shell’s threads in /proc');
  const library = await makeLibraryFolder();
  shell = await startWebShell(library);
  const app = new AppPage(page);
  await app.goto(shell.url);
  const idle = await threadCount(shell.pid);

  // 4,000 pages in one flat page tree: pdf.js takes tens of seconds to read them.
  const slow = testInfo.outputPath('slow report.pdf');
  await writeFile(slow, buildTextPdf({ pages: Array.from({ length: 4_000 }, (_, index) => [`Page ${index + 1} of a report that takes long to read.`]) }));
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByLabel('Choose file').setInputFiles([slow, path.join(FIXTURES, 'seed-article.txt')]);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const results = dialog.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  await expect(results.nth(0)).toContainText('Importing…');
  // The worker thread is running: the import is under way in it.
  await expect.poll(() => threadCount(shell!.pid), { timeout: 30_000 }).toBeGreaterThan(idle);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(results.nth(0)).toContainText('Cancelled: not imported');
  await expect(results.nth(1)).toContainText('Cancelled: not imported');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
  // The worker is gone at once (it is ended, not left to finish).
  await expect.poll(() => threadCount(shell!.pid), { timeout: 10_000 }).toBeLessThanOrEqual(idle);
  await page.screenshot({ path: testInfo.outputPath('cancelled-import.png') });

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(app.library.getByRole('listitem')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Import article' })).toBeVisible();
  await expect(app.library.getByRole('listitem')).toHaveCount(0);
  expect(await readdir(path.join(library, 'articles'))).toEqual([]);
  expect(await readdir(path.join(library, 'originals')).catch(() => [])).toEqual([]);
});

test('the largest PDF to import is a setting: a longer PDF fails naming the limit', async ({ page }, testInfo) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  await page.getByRole('button', { name: 'Colours…' }).click();
  const settings = page.getByRole('dialog', { name: 'Colours and claim kinds' });
  const limit = settings.getByRole('spinbutton', { name: 'Largest PDF to import (pages)' });
  await expect(limit).toHaveValue('5000');
  await limit.fill('3');
  await page.screenshot({ path: testInfo.outputPath('settings.png') });
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();

  const pdf = testInfo.outputPath('five pages.pdf');
  await writeFile(pdf, buildTextPdf({ pages: Array.from({ length: 5 }, (_, index) => [`Page ${index + 1} of a short report.`]) }));
  await page.getByRole('button', { name: 'Import article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByLabel('Choose file').setInputFiles(pdf);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Cannot import the file "five pages.pdf": it has 5 pages, more than the limit of 3 pages a PDF may have. Save the pages you need as a smaller PDF, or raise the limit ("Largest PDF to import", in the settings).');
  await page.screenshot({ path: testInfo.outputPath('too-many-pages.png') });
});
