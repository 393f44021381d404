import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { FIXTURES, makeLibraryFolder, REPO_ROOT, startWebShell, type WebShell } from './support/web-shell.js';

// What opening the library repaired is shown in the window, not only kept in getLibraryInfo().

const TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';
let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

test('a library whose index was lost lists its article and says the index was rebuilt', async ({ page }) => {
  const library = await makeLibraryFolder();
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin/research-notes.mjs'), 'import', path.join(FIXTURES, 'seed-article.txt'), '--library', library], { stdio: 'ignore' });
  await rm(path.join(library, 'library.json'));
  shell = await startWebShell(library);
  const app = new AppPage(page);
  await app.goto(shell.url);

  await expect(app.library.getByRole('listitem')).toHaveCount(1);
  await expect(app.library.getByRole('listitem').first()).toContainText(TITLE);
  const notices = page.getByRole('region', { name: 'Library notices' });
  await expect(notices).toContainText('was missing. The index was rebuilt from 1 article file');
  if (process.env.RN_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.RN_SCREENSHOTS, 'library-notices.png') });
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);
});
