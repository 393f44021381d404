import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// The highlight editor at 1440x900, the size the trial used: every field and its value readable
// (no grade cut to "B · Usually rel"), the whole form on screen without scrolling, and the save
// status appearing without moving anything.

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

/** Whether every option of a select fits its closed box: the text's width against the room the box gives it. */
async function cutOptions(select: Locator): Promise<string[]> {
  return select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    // The box's inner width, less the drop-down arrow Chromium draws (about 20 px).
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    return [...element.options].filter((option) => context.measureText(option.text).width > room).map((option) => option.text);
  });
}

async function start(page: Page): Promise<AppPage> {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  await app.importFile(SEED_ARTICLE);
  await app.highlight('lambasted the CSTO');
  return app;
}

test('at 1440x900 every field of the highlight editor is on screen and readable, without scrolling', async ({ page }) => {
  const app = await start(page);
  await app.claimant.fill('Armen Khachatrian');
  await page.getByRole('combobox', { name: 'Source reliability' }).selectOption('B');
  await page.getByRole('combobox', { name: 'Information credibility' }).selectOption('2');
  await app.addTag('Actors/CSTO');

  await screenshot(page, 'highlight-editor');
  for (const name of ['Source reliability', 'Information credibility', 'Kind']) {
    expect(await cutOptions(page.getByRole('combobox', { name, exact: true })), `options of ${name} cut off`).toEqual([]);
  }
  await expect(page.getByRole('combobox', { name: 'Source reliability' })).toHaveText(/B · Usually reliable/);

  const fields = [
    page.getByRole('button', { name: /^Colour: / }).first(),
    app.claimant,
    page.getByRole('textbox', { name: 'Role or affiliation' }),
    page.getByRole('textbox', { name: 'About' }),
    page.getByRole('combobox', { name: 'Kind', exact: true }),
    page.getByLabel('Claim date'),
    page.getByRole('radio', { name: 'Paraphrase' }),
    page.getByRole('combobox', { name: 'Source reliability' }),
    page.getByRole('combobox', { name: 'Information credibility' }),
    app.tags,
    page.getByRole('button', { name: 'Link to…' }),
    app.note,
  ];
  for (const field of fields) await expect(field).toBeInViewport({ ratio: 1 });
  const panel = app.highlights;
  const overflow = await panel.evaluate((element) => element.scrollHeight - element.clientHeight);
  expect(overflow, 'the Highlights panel scrolls').toBeLessThanOrEqual(0);
  await screenshot(page, 'highlight-editor');
});

test('the save status appears and goes without moving the toolbar or the article', async ({ page }) => {
  const app = await start(page);
  const title = app.article.getByRole('heading', { level: 1 });
  const toolbar = page.getByRole('toolbar', { name: 'Article actions' });
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);
  const before = { title: (await title.boundingBox())!, toolbar: (await toolbar.boundingBox())! };
  await app.claimant.fill('Armen Khachatrian');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  expect((await title.boundingBox())!.y).toBe(before.title.y);
  expect((await toolbar.boundingBox())!.height).toBe(before.toolbar.height);
});
