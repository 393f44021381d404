import { readFile } from 'node:fs/promises';
import MarkdownIt from 'markdown-it';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { AppPage } from './pages/app-page.js';
import { parseCsv } from '../support/parse-csv.js';
import { makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// The Export menu through the web shell: every format from the menu, each download
// parsed as its reader would (YAML + CommonMark, JSON-LD, RFC 4180 CSV); progress and cancel; the
// highlight template; a saved filter; and a highlight orphaned by a re-import, in the panel and in
// the exports. Each test starts on a fresh library.

const SEED = SEED_ARTICLE;
const SEED_TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';
const ACCUSATION = 'lambasted the CSTO';
const READY = 'Khachatrian also claim that Baku is “ready”';
// A spreadsheet would run this as a formula if the CSV did not neutralise it.
const HOSTILE_CLAIMANT = '=HYPERLINK("http://evil.example","click")';
const markdown = new MarkdownIt();

let shell: WebShell | undefined;

test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

async function start(page: Page): Promise<AppPage> {
  shell = await startWebShell(await makeLibraryFolder());
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.goto(shell.url);
  return app;
}


/** The seed with two tagged highlights: a hostile claimant on one, a rich note on the other. */
async function seedWithTwoHighlights(page: Page): Promise<AppPage> {
  const app = await start(page);
  await app.importFile(SEED);
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  await app.highlight(ACCUSATION);
  await app.claimant.fill(HOSTILE_CLAIMANT);
  await app.addTag('Actors/CSTO');
  await app.highlight(READY);
  await app.addTag('Baku');
  await page.getByRole('button', { name: 'Format note' }).click();
  // The rich editor takes the focus once it is drawn; typing earlier would lose keys.
  await expect(app.note).toBeFocused();
  await page.keyboard.type('Check this ');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('carefully');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('first doubt');
  return app;
}

/** Picks a menu entry and returns the downloaded file's name and text. */
async function exportFromMenu(page: Page, entry: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  const downloading = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: entry, exact: true }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

/** YAML front matter and the CommonMark tokens of the body of a Markdown export. */
function parseMarkdownExport(text: string): { frontMatter: Record<string, unknown>; tokens: ReturnType<MarkdownIt['parse']>; html: string } {
  expect(text.startsWith('---\n')).toBe(true);
  const end = text.indexOf('\n---\n', 4);
  expect(end).toBeGreaterThan(0);
  const body = text.slice(end + 5);
  return { frontMatter: parseYaml(text.slice(4, end + 1)) as Record<string, unknown>, tokens: markdown.parse(body, {}), html: markdown.render(body) };
}

function blockQuotes(tokens: ReturnType<MarkdownIt['parse']>): string[] {
  return tokens.filter((token, index) => token.type === 'inline' && tokens[index - 2]?.type === 'blockquote_open').map((token) => token.content);
}

test('the Export menu lists every format, works with the keyboard, and keeps Export Markdown', async ({ page }) => {
  const app = await seedWithTwoHighlights(page);
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Markdown: this article',
    'JSON backup: whole library',
    'Web Annotations: this article',
    'Web Annotations: whole library',
    'CSV: this article',
    'CSV: whole library',
    // Added with the app's export of the whole library as a Markdown folder.
    'Markdown: whole library as a folder…',
    'Highlight template…',
  ]);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'JSON backup: whole library' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Highlight template…' })).toBeFocused();
  await page.screenshot({ path: '/tmp/export-menu.png' });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  // The older one-click button still gives the article's note.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  expect((await downloading).suggestedFilename()).toBe(`${SEED_TITLE}.md`);
  await expect(app.highlightEntries).toHaveCount(2);
});

test('each format downloads from the menu and parses as its readers expect', async ({ page }) => {
  await seedWithTwoHighlights(page);

  const note = await exportFromMenu(page, 'Markdown: this article');
  expect(note.name).toBe(`${SEED_TITLE}.md`);
  const { frontMatter, tokens, html } = parseMarkdownExport(note.text);
  expect(frontMatter).toMatchObject({ title: SEED_TITLE, source: 'seed-article.txt', tags: ['Actors/CSTO', 'Baku'] });
  expect(blockQuotes(tokens)).toEqual([ACCUSATION, READY]);
  // The rich note keeps its bold and its list; the hostile claimant stays text.
  expect(html).toContain('Check this <strong>carefully</strong>');
  expect(html).toMatch(/<ul>\s*<li>first doubt<\/li>\s*<\/ul>/);
  expect(html).toContain(`<strong>Claimant:</strong> =HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)`);

  const backup = await exportFromMenu(page, 'JSON backup: whole library');
  expect(backup.name).toMatch(/^research-notes-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const library = JSON.parse(backup.text) as { format: string; articles: { article: { title: string }; highlights: { target: { quote: { exact: string } } }[] }[]; tags: { name: string }[] };
  expect(library.format).toBe('research-notes-backup');
  expect(library.articles.map((entry) => entry.article.title)).toEqual([SEED_TITLE]);
  expect(library.articles[0]!.highlights.map((item) => item.target.quote.exact).sort()).toEqual([ACCUSATION, READY].sort());
  expect(library.tags.map((tag) => tag.name).sort()).toEqual(['Actors/CSTO', 'Baku']);

  for (const entry of ['Web Annotations: this article', 'Web Annotations: whole library']) {
    const file = await exportFromMenu(page, entry);
    expect(file.name).toMatch(/\.jsonld$/);
    const collection = JSON.parse(file.text) as { '@context': unknown[]; type: string; total: number; first: { items: Array<Record<string, any>> } };
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    const accusation = collection.first.items.find((item) => item.target.selector[0].exact === ACCUSATION)!;
    expect(accusation).toMatchObject({ type: 'Annotation', motivation: 'highlighting', 'rn:claimant': HOSTILE_CLAIMANT });
    expect(accusation.target.selector.map((selector: { type: string }) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(accusation.body).toEqual([{ type: 'TextualBody', value: 'Actors/CSTO', format: 'text/plain', purpose: 'tagging' }]);
  }

  for (const entry of ['CSV: this article', 'CSV: whole library']) {
    const file = await exportFromMenu(page, entry);
    expect(file.name).toMatch(/\.csv$/);
    expect(file.text.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = parseCsv(file.text.slice(1));
    expect(rows).toHaveLength(2);
    const cells = rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]])));
    const accusation = cells.find((row) => row.Quote === ACCUSATION)!;
    // Neutralised: the cell starts with an apostrophe, so no spreadsheet runs it as a formula.
    expect(accusation.Claimant).toBe(`'${HOSTILE_CLAIMANT}`);
    expect(accusation.Tags).toBe('Actors/CSTO');
    expect(accusation.Article).toBe(SEED_TITLE);
    expect(cells.find((row) => row.Quote === READY)!.Note).toMatch(/^Check this carefully\s+first doubt\s*$/);
  }
});

test('an export waits for the memo typed just before it, as it waits for highlight edits', async ({ page }) => {
  const app = await start(page);
  await app.importFile(SEED);
  await expect(app.article.getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  // A slow disk: each memo write takes a second to be acknowledged.
  await page.route('**/api/updateArticleMemo', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.getByText('Memo', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Memo' }).click();
  await page.keyboard.type('Ask Vedomosti for the source.');
  const backup = await exportFromMenu(page, 'JSON backup: whole library');
  const library = JSON.parse(backup.text) as { articles: { article: { memo?: unknown } }[] };
  expect(JSON.stringify(library.articles[0]!.article.memo)).toContain('Ask Vedomosti for the source.');
  // Folded and opened again, the memo shows what was typed, not what was loaded with the article.
  const memoHeading = page.getByText(/^\s*Memo\b/);
  await memoHeading.click();
  await expect(memoHeading).toHaveText('Memo (written)');
  await memoHeading.click();
  await expect(page.getByRole('textbox', { name: 'Memo' })).toHaveText('Ask Vedomosti for the source.');
});

test('Markdown collections: the claims view\'s tag and a saved filter', async ({ page }) => {
  const app = await seedWithTwoHighlights(page);
  await page.getByRole('tree', { name: 'Tags' }).getByRole('button', { name: /^Baku/ }).click();
  const claims = page.getByRole('region', { name: 'Claims' });
  await expect(claims.getByRole('list', { name: 'Claims found' }).getByRole('listitem')).toHaveCount(1);

  const byTag = await exportFromMenu(page, 'Markdown: tag “Baku”');
  const tagged = parseMarkdownExport(byTag.text);
  expect(tagged.frontMatter).toMatchObject({ title: 'Tag: Baku', tag: 'Baku', highlights: 1 });
  expect(blockQuotes(tagged.tokens)).toEqual([READY]);
  // Each quote cites its article's note with a wiki link to the highlight's block.
  expect(tagged.html).toMatch(new RegExp(`\\[\\[${SEED_TITLE}#\\^h-[0-9a-z-]+\\]\\]`));

  await claims.getByRole('textbox', { name: 'Name of the filter' }).fill('Baku claims');
  await claims.getByRole('button', { name: 'Save filter' }).click();
  await expect(claims.getByRole('combobox', { name: 'Open a saved filter' }).getByRole('option', { name: 'Baku claims' })).toBeAttached();
  const byFilter = await exportFromMenu(page, 'Markdown: saved filter “Baku claims”');
  expect(byFilter.name).toBe('Saved filter Baku claims.md');
  const filtered = parseMarkdownExport(byFilter.text);
  expect(filtered.frontMatter).toMatchObject({ title: 'Saved filter: Baku claims', saved_filter: 'Baku claims', highlights: 1 });
  expect(blockQuotes(filtered.tokens)).toEqual([READY]);
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});

test('a running export shows its progress and can be cancelled without an error or a file', async ({ page }) => {
  await seedWithTwoHighlights(page);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // The export's article read waits until the test has looked at the progress bar and cancelled.
  await page.route('**/api/getArticle', async (route) => {
    await gate;
    await route.continue();
  });
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'CSV: whole library' }).click();
  const progress = page.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '1');
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await expect(progress).toBeHidden();
  const answered = page.waitForResponse('**/api/getArticle');
  release();
  await answered;
  await page.unroute('**/api/getArticle');

  // The next export is the only file offered; the cancelled one never is, and no error is shown.
  const next = await exportFromMenu(page, 'CSV: this article');
  expect(next.name).toBe(`research-notes ${SEED_TITLE}.csv`);
  expect(downloads).toEqual([next.name]);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the highlight template shapes Markdown exports and resets to the default', async ({ page }) => {
  await seedWithTwoHighlights(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Highlight template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Highlight template' });
  const template = dialog.getByRole('textbox', { name: 'Highlight template' });
  await expect(template).toHaveValue(/^\{\{quote\}\}\n\n\{\{blockId\}\}/);
  await expect(dialog.getByRole('list', { name: 'Placeholders' }).getByRole('listitem')).toContainText(['{{quote}}', '{{orphaned}}', '{{note}}']);
  await template.fill('{{quote}}\n\nBy: {{claimant}} {{nonsense}}');
  await expect(dialog.getByRole('alert')).toHaveText('Unknown placeholders (left empty): {{nonsense}}');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog).toBeHidden();

  const custom = parseMarkdownExport((await exportFromMenu(page, 'Markdown: this article')).text);
  expect(custom.html).toContain('<p>By: =HYPERLINK(');
  expect(custom.html).not.toContain('<strong>Claimant:</strong>');

  // The template is kept across a reload, and Reset gives the default back.
  await page.reload();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Highlight template…' }).click();
  await expect(template).toHaveValue(/By: \{\{claimant\}\}/);
  await dialog.getByRole('button', { name: 'Reset to default' }).click();
  await dialog.getByRole('button', { name: 'Save template' }).click();
  const restored = parseMarkdownExport((await exportFromMenu(page, 'Markdown: this article')).text);
  expect(restored.html).toContain('<strong>Claimant:</strong>');
});

test('a highlight orphaned by a re-import is marked in the panel and in every export', async ({ page }) => {
  const app = await start(page);
  const seed = await readFile(SEED, 'utf8');
  const url = new URL(shell!.url);
  const call = async (method: string, args: unknown): Promise<any> => {
    const response = await fetch(new URL(`/api/${method}`, url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Research-Notes-Token': url.searchParams.get('token')! },
      body: JSON.stringify(args),
    });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    expect(result, JSON.stringify(result.error)).toMatchObject({ ok: true });
    return result.value;
  };
  const source = 'https://www.azatutyun.am/a/32108469.html';
  await call('importArticle', { content: seed, sourceUrl: source, format: 'text' });
  await page.reload();
  await app.openArticle(SEED_TITLE);
  await app.highlight(ACCUSATION);
  await app.addTag('Actors/CSTO');
  await page.getByRole('button', { name: 'Export', exact: true }).focus();

  // The page was updated at its source: the paragraph with the quote is gone.
  const updated = seed.split('\n\n').filter((paragraph) => !paragraph.includes(ACCUSATION)).join('\n\n');
  const outcome = await call('importArticle', { content: updated, sourceUrl: source, format: 'text', ifDuplicate: 'update' });
  expect(outcome).toMatchObject({ title: SEED_TITLE });
  await page.reload();
  await app.openArticle(SEED_TITLE);
  const entry = app.highlightItem(ACCUSATION);
  await expect(entry).toHaveCount(1);
  await expect(entry.getByText('orphaned', { exact: true })).toBeVisible();
  await expect(entry.getByText(ACCUSATION)).toBeVisible();

  const note = parseMarkdownExport((await exportFromMenu(page, 'Markdown: this article')).text);
  expect(blockQuotes(note.tokens)).toEqual([ACCUSATION]);
  expect(note.html).toContain('<p><strong>Orphaned:</strong> the quote is no longer found in the updated article</p>');
  const [header, row] = parseCsv((await exportFromMenu(page, 'CSV: this article')).text.slice(1));
  expect(row![header!.indexOf('Orphaned')]).toBe('yes');
  const annotations = JSON.parse((await exportFromMenu(page, 'Web Annotations: this article')).text) as { first: { items: Array<Record<string, unknown>> } };
  expect(annotations.first.items.map((item) => item['rn:orphaned'])).toEqual([true]);
});
