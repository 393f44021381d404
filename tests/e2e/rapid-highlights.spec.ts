import { expect, test, type Page, type Route } from '@playwright/test';
import { AppPage } from './pages/app-page.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';

// Highlights made back to back while the library is still storing the previous one (a long article
// takes a while to write). The answer to the first used to clear the selection the user had made
// since, which disabled the Highlight button under their pointer: the next highlight was never made.

const TITLE = 'Border Talks Resume After Months of Silence';
const PASSAGES = [
  'the ministry said the talks would resume on Monday',
  'opposition lawmakers called the agreement a surrender',
  'monitors reported two violations of the ceasefire overnight',
  'the president denied that troops had crossed the border',
];
const ARTICLE = [
  TITLE,
  `In a short statement ${PASSAGES[0]} in the capital.`,
  `Within hours ${PASSAGES[1]} and demanded a vote.`,
  `Along the line of contact ${PASSAGES[2]}, according to officials.`,
  `Speaking to reporters, ${PASSAGES[3]} at any point this year.`,
].join('\n\n');

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

/** Holds the library's answers to createHighlight until the test releases them, oldest first. */
async function holdHighlightAnswers(page: Page) {
  const held: Route[] = [];
  let isHolding = true;
  await page.route('**/api/createHighlight', async (route) => {
    if (isHolding) held.push(route);
    else await route.continue();
  });
  const releaseOne = async (route: Route) => {
    const answered = page.waitForResponse((response) => response.request() === route.request());
    await route.continue();
    await answered;
  };
  return {
    async releaseNext(): Promise<void> {
      await expect.poll(() => held.length).toBeGreaterThan(0);
      await releaseOne(held.shift()!);
    },
    async releaseAll(): Promise<void> {
      isHolding = false;
      while (held.length > 0) await releaseOne(held.shift()!);
    },
  };
}

test('highlights made back to back while the library is still answering are all kept', async ({ page }) => {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await app.goto(shell.url);
  await app.importByPasting(ARTICLE);
  await expect(app.article.getByRole('heading', { name: TITLE })).toBeVisible();
  const answers = await holdHighlightAnswers(page);

  // The first answer arrives after the next passage is selected and before Highlight is pressed for it.
  await app.selectInArticle(PASSAGES[0]!);
  await app.highlightButton.click();
  await expect(app.highlightEntries).toHaveCount(1);
  await app.selectInArticle(PASSAGES[1]!);
  await expect(app.highlightButton).toBeEnabled();
  await answers.releaseNext();
  // Taken in: the first highlight is selected, and the passage selected since is still selected.
  await expect(app.claimant).toBeVisible();
  await expect(app.highlightButton).toBeEnabled();
  await app.highlightButton.click();

  // The rest back to back, with every answer still outstanding.
  for (const passage of PASSAGES.slice(2)) {
    await app.selectInArticle(passage);
    await app.highlightButton.click();
  }
  await answers.releaseAll();
  await expect(app.highlightEntries).toHaveCount(PASSAGES.length);
  for (const passage of PASSAGES) await expect(app.article.locator('[data-highlight-id]').filter({ hasText: passage })).toHaveCount(1);
  // The last highlight made is the one selected, ready for its claimant.
  await expect(app.highlightItem(PASSAGES.at(-1)!).getByRole('textbox', { name: 'Claimant' })).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // All of them were stored: after a reload the article opens again with every one.
  await page.reload();
  await expect(app.article.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(app.highlightEntries).toHaveCount(PASSAGES.length);
  for (const passage of PASSAGES) await expect(app.highlightItem(passage)).toHaveCount(1);
});
