import { readFile } from 'node:fs/promises';
import { expect, test, type Locator } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// The claims view: its toolbar and side panel act on the claims it shows, not on the article the
// library list last opened; each claim shows its note; every filter field has a label in view.

const SEED_TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';
const ACCUSATION = 'lambasted the CSTO';
const NOTE = 'Rhetorical attack; check the Vedomosti source.';
const OTHER_TITLE = 'Talks in Brussels';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

/** The text of the label of every form control inside `scope` that a person cannot see. */
async function controlsWithoutVisibleLabel(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const isShown = (element: Element | null) => element instanceof HTMLElement && element.offsetParent !== null && (element.textContent ?? '').trim() !== '';
    return [...root.querySelectorAll('input:not([type="checkbox"]), select')].flatMap((control) => {
      const label = (control as HTMLInputElement).labels?.[0] ?? null;
      const text = label?.querySelector('.field-label') ?? label;
      return isShown(text) ? [] : [control.getAttribute('aria-label') ?? control.outerHTML.slice(0, 80)];
    });
  });
}

test('the claims view\'s toolbar and side panel act on the claims shown; cards show their notes; filter fields are labelled', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await app.highlight(ACCUSATION);
  await app.claimant.fill('Armen Khachatrian');
  await app.note.fill(NOTE);
  await app.importByPasting(`${OTHER_TITLE}\n\nThe ministers met again in Brussels on Monday to resume the talks.`);
  await app.highlight('met again in Brussels');
  await app.claimant.fill('A diplomat');
  await app.note.click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // The library list still has the second article open when the claims view is shown.
  await page.getByRole('button', { name: 'Claims view' }).click();
  const claims = page.getByRole('region', { name: 'Claims' });
  await claims.getByRole('textbox', { name: 'Filter by claimant' }).fill('Armen Khachatrian');
  const rows = claims.getByRole('list', { name: 'Claims found' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(NOTE);

  // Nothing in the toolbar is about the open article any more.
  const toolbar = page.getByRole('toolbar', { name: 'Claims actions' });
  await expect(toolbar).toBeVisible();
  for (const name of ['Highlight', 'Export Markdown', 'Edit details']) await expect(toolbar.getByRole('button', { name, exact: true })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem', { name: /this article/ })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: 'Markdown: the claim shown' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'CSV: the claim shown' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: 'Markdown: the claim shown' }).click();
  const markdown = await readFile((await (await downloading).path())!, 'utf8');
  expect(markdown).toContain(ACCUSATION);
  expect(markdown).toContain(NOTE);
  expect(markdown).not.toContain('met again in Brussels');

  // The side panel is about the claims shown, not the open article's highlights.
  await expect(page.getByRole('region', { name: 'Highlights' })).toHaveCount(0);
  const panel = page.getByRole('region', { name: 'Claim details' });
  await expect(panel).toContainText('Press Edit on a claim');
  await rows.first().getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(panel.getByRole('textbox', { name: 'Claimant' })).toHaveValue('Armen Khachatrian');
  await expect(panel).toContainText(SEED_TITLE);
  await panel.getByRole('textbox', { name: 'Role or affiliation' }).fill('Armenian MP');
  await panel.getByRole('textbox', { name: 'Note' }).fill(`${NOTE} Confirmed.`);
  await expect(rows.first()).toContainText(`${NOTE} Confirmed.`);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  // The library list agrees: the claim's article is the open one.
  await expect(app.library.getByRole('listitem').filter({ hasText: SEED_TITLE })).toHaveAttribute('aria-current', 'true');

  expect(await controlsWithoutVisibleLabel(claims)).toEqual([]);
  await screenshot(page, 'claims-view');

  await panel.getByRole('button', { name: 'Open in its article' }).click();
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  await expect(app.highlightItem(ACCUSATION).getByRole('textbox', { name: 'Role or affiliation' })).toHaveValue('Armenian MP');
});

test('the library filters have labels in view', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  await page.getByRole('button', { name: 'Filter' }).click();
  const filters = page.getByRole('group', { name: 'Library filters' });
  await expect(filters).toBeVisible();
  expect(await controlsWithoutVisibleLabel(filters)).toEqual([]);
});
