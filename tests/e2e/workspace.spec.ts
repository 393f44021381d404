import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { FIXTURES, makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';

// The annotation workspace through the UI: colours and their legend, claim fields with an
// Admiralty grade, a link between claims in two articles, hierarchical tags with a merge and its
// undo, the claims view filtered by claimant, and search. Each test starts on a fresh library.

const SEED = path.join(FIXTURES, 'seed-article.txt');
const SEED_TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';
const ACCUSATION = 'lambasted the CSTO';
const READY = 'Khachatrian also claim that Baku is “ready”';
const REPLY_TITLE = 'CSTO Secretary General Rejects Criticism From Yerevan';
const REPLY_TEXT = [
  REPLY_TITLE,
  'The secretary general of the CSTO said on Tuesday that the alliance had answered every request from Armenia.',
  'He called the criticism voiced by Armenian lawmakers unfounded and said monitors were ready to deploy.',
].join('\n\n');
const DENIAL = 'the alliance had answered every request from Armenia';

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

async function startWithSeed(page: Page): Promise<AppPage> {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  await app.importByPasting(await readFile(SEED, 'utf8'));
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  return app;
}


/** Deselects the highlight (Escape outside any field), so its entry shows its summary. */
async function deselect(app: AppPage): Promise<void> {
  await app.page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await app.page.keyboard.press('Escape');
  await expect(app.claimant).toHaveCount(0);
}

test('colours: pick one from the legend, give it a new meaning, and both last', async ({ page }) => {
  const app = await startWithSeed(page);
  await app.highlight(ACCUSATION);
  const span = app.article.locator('[data-highlight-id]').filter({ hasText: ACCUSATION });
  await expect(span).toHaveClass(/highlight-yellow/);

  // At least six colours, each named by its meaning.
  const swatches = app.highlights.getByRole('button', { name: /^Colour: / });
  expect(await swatches.count()).toBeGreaterThanOrEqual(6);
  await app.highlights.getByRole('button', { name: 'Colour: evidence (green)' }).click();
  await expect(span).toHaveClass(/highlight-green/);
  await expect(app.highlights.getByRole('button', { name: 'Colour: evidence (green)' })).toHaveAttribute('aria-pressed', 'true');

  // The legend is the user's: green now means "corroboration".
  await page.getByRole('button', { name: 'Colours…' }).click();
  const settings = page.getByRole('dialog', { name: 'Colours and claim kinds' });
  await settings.getByRole('textbox', { name: 'Meaning of green' }).fill('corroboration');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await expect(app.highlights.getByRole('button', { name: 'Colour: corroboration (green)' })).toHaveAttribute('aria-pressed', 'true');

  // After a reload the colour and the legend are still there.
  await page.reload();
  await app.openArticle(SEED_TITLE);
  // Drawn in the legend's green, as the reader sees it.
  const drawn = app.article.locator('[data-highlight-id]').filter({ hasText: ACCUSATION });
  await expect(drawn).toHaveCSS('background-color', 'rgba(74, 222, 128, 0.32)');
  await app.highlightItem(ACCUSATION).getByText(ACCUSATION).click();
  await expect(app.highlights.getByRole('button', { name: 'Colour: corroboration (green)' })).toHaveAttribute('aria-pressed', 'true');
});

test('claim fields and an Admiralty grade, shown as B2 with its meaning', async ({ page }) => {
  const app = await startWithSeed(page);
  await app.highlight(ACCUSATION);
  await app.claimant.fill('Armen Khachatrian');
  await page.getByRole('textbox', { name: 'Role or affiliation' }).fill('Armenian MP, Civil Contract');
  await page.getByRole('textbox', { name: 'About' }).fill('CSTO');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('accusation');
  await page.getByLabel('Claim date').fill('2022-09-19');
  await page.getByRole('radio', { name: 'Paraphrase' }).check();
  await page.getByRole('combobox', { name: 'Source reliability' }).selectOption('B');
  await page.getByRole('combobox', { name: 'Information credibility' }).selectOption('2');
  await expect(app.highlights).toContainText('Usually reliable');
  await expect(app.highlights).toContainText('Probably true');

  await deselect(app);
  const grade = app.highlightItem(ACCUSATION).getByText('B2', { exact: true });
  await expect(grade).toBeVisible();
  await expect(grade).toHaveAttribute('title', /Usually reliable[\s\S]*Probably true/);

  // Everything was stored: a reload shows it again.
  await page.reload();
  await app.openArticle(SEED_TITLE);
  await expect(app.highlightItem(ACCUSATION).getByText('B2', { exact: true })).toBeVisible();
  await app.highlightItem(ACCUSATION).getByText(ACCUSATION).click();
  await expect(app.claimant).toHaveValue('Armen Khachatrian');
  await expect(page.getByRole('textbox', { name: 'Role or affiliation' })).toHaveValue('Armenian MP, Civil Contract');
  await expect(page.getByRole('textbox', { name: 'About' })).toHaveValue('CSTO');
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('accusation');
  await expect(page.getByLabel('Claim date')).toHaveValue('2022-09-19');
  await expect(page.getByRole('radio', { name: 'Paraphrase' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Source reliability' })).toHaveValue('B');
  await expect(page.getByRole('combobox', { name: 'Information credibility' })).toHaveValue('2');
});

test('a link between claims in two articles is shown at both ends, each a click from its context', async ({ page }) => {
  const app = await startWithSeed(page);
  await app.highlight(ACCUSATION);
  await app.claimant.fill('Armen Khachatrian');
  await app.claimant.blur();

  await app.importByPasting(REPLY_TEXT);
  await expect(app.article.getByRole('heading', { name: REPLY_TITLE })).toBeVisible();
  await app.highlight(DENIAL);

  await app.highlights.getByRole('button', { name: 'Link to…' }).click();
  const picker = page.getByRole('dialog', { name: 'Link to another highlight' });
  await picker.getByRole('combobox', { name: 'Relation' }).selectOption('contradicts');
  await picker.getByRole('searchbox', { name: 'Find a highlight' }).fill('lambasted');
  await picker.getByRole('list', { name: 'Highlights found' }).getByRole('button').filter({ hasText: SEED_TITLE }).first().click();
  await picker.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(picker).toBeHidden();

  // This end: "contradicts → <quote> (title)".
  const outgoing = app.highlights.getByRole('button', { name: /^contradicts →/ });
  await expect(outgoing).toContainText(ACCUSATION);
  await expect(outgoing).toContainText(SEED_TITLE);

  // A click opens the other article with that highlight selected, where the link shows from its side.
  await outgoing.click();
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  await expect(app.claimant).toHaveValue('Armen Khachatrian');
  const incoming = app.highlights.getByRole('button', { name: /^contradicted by →/ });
  await expect(incoming).toContainText(DENIAL);
  await incoming.click();
  await expect(app.article.getByRole('heading', { name: REPLY_TITLE })).toBeVisible();
});

test('hierarchical tags: a tree with counts, a merge, and its undo', async ({ page }) => {
  const app = await startWithSeed(page);
  await app.highlight(ACCUSATION);
  await app.addTag('Actors/CSTO');
  await app.addTag('Armenia');
  await app.highlight(READY);
  await app.addTag('CSTO');

  const tree = page.getByRole('tree', { name: 'Tags' });
  await expect(tree.getByRole('treeitem', { name: 'Actors (1)' })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: 'Actors/CSTO (1)' })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: 'CSTO (1)', exact: true })).toBeVisible();

  // Merge the stray top-level "CSTO" into "Actors/CSTO".
  await page.getByRole('button', { name: 'Manage tags' }).click();
  const manager = page.getByRole('dialog', { name: 'Manage tags' });
  await manager.getByRole('list', { name: 'All tags' }).getByRole('button', { name: /^CSTO/ }).click();
  await manager.getByRole('combobox', { name: 'Merge into' }).fill('Actors/CSTO');
  await manager.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(manager.getByRole('status')).toContainText('Merged CSTO into Actors/CSTO');
  await manager.getByRole('button', { name: 'Close' }).click();
  await expect(tree.getByRole('treeitem', { name: 'Actors/CSTO (2)' })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: 'CSTO (1)', exact: true })).toHaveCount(0);

  // Undo (Ctrl+Z outside a text field) puts the tag back on its highlight.
  await deselect(app);
  await page.keyboard.press('Control+z');
  await expect(tree.getByRole('treeitem', { name: 'CSTO (1)', exact: true })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: 'Actors/CSTO (1)' })).toBeVisible();
  await app.highlightItem(READY).getByText(READY).click();
  await expect(page.getByRole('button', { name: 'Remove tag CSTO' })).toBeVisible();

  // A click in the tree shows that tag's claims, its children included.
  await tree.getByRole('button', { name: /^Actors/ }).first().click();
  await expect(page.getByRole('list', { name: 'Claims found' }).getByRole('listitem')).toHaveCount(1);
});

test('the claims view across articles, filtered by claimant, a click from its context, saved and reopened', async ({ page }) => {
  const app = await startWithSeed(page);
  await app.highlight(ACCUSATION);
  await app.claimant.fill('Armen Khachatrian');
  await app.claimant.blur();
  await app.importByPasting(REPLY_TEXT);
  await expect(app.article.getByRole('heading', { name: REPLY_TITLE })).toBeVisible();
  await app.highlight(DENIAL);
  await app.claimant.fill('Stanislav Zas');
  await app.claimant.blur();

  await page.getByRole('button', { name: 'Claims view' }).click();
  const claims = page.getByRole('region', { name: 'Claims' });
  const rows = claims.getByRole('list', { name: 'Claims found' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await claims.getByRole('textbox', { name: 'Filter by claimant' }).fill('Armen Khachatrian');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(ACCUSATION);
  await expect(rows.first()).toContainText(SEED_TITLE);

  await claims.getByRole('textbox', { name: 'Name of the filter' }).fill('Khachatrian');
  await claims.getByRole('button', { name: 'Save filter' }).click();
  await claims.getByRole('textbox', { name: 'Filter by claimant' }).fill('');
  await expect(rows).toHaveCount(2);
  await claims.getByRole('combobox', { name: 'Open a saved filter' }).selectOption({ label: 'Khachatrian' });
  await expect(rows).toHaveCount(1);

  await rows.first().getByRole('button', { name: ACCUSATION }).click();
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  await expect(app.claimant).toHaveValue('Armen Khachatrian');
});

test('search: results as you type with marked matches, a click opens the article', async ({ page }) => {
  const app = await startWithSeed(page);
  await app.importByPasting(REPLY_TEXT);
  await expect(app.article.getByRole('heading', { name: REPLY_TITLE })).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+k');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toBeFocused();
  await search.pressSequentially('Vedomo');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toContainText(SEED_TITLE);
  await expect(results.locator('mark').first()).toHaveText(/^Vedomo/i);
  await results.getByRole('button').first().click();
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
});
