import { expect, type Locator, type Page } from '@playwright/test';

/** The main screen, addressed by accessible names only. */
export class AppPage {
  readonly library: Locator;
  readonly article: Locator;
  readonly highlights: Locator;
  /** One entry per highlight (the tag chips inside an entry are a list of their own). */
  readonly highlightEntries: Locator;
  readonly highlightButton: Locator;
  readonly claimant: Locator;
  readonly tags: Locator;
  readonly note: Locator;
  /** The article's text itself (its document), without the header and memo above it. */
  readonly articleText: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('list', { name: 'Library' });
    this.article = page.getByRole('region', { name: 'Article' });
    this.highlights = page.getByRole('region', { name: 'Highlights' });
    this.highlightEntries = this.highlights.getByRole('list', { name: 'Highlights of this article' }).locator(':scope > li');
    this.highlightButton = page.getByRole('button', { name: 'Highlight', exact: true });
    this.claimant = page.getByRole('textbox', { name: 'Claimant' });
    // Exact: the article's own "Article tags" field must not be taken for a highlight's.
    this.tags = page.getByRole('combobox', { name: 'Tags', exact: true }).or(page.getByRole('textbox', { name: 'Tags', exact: true }));
    this.note = page.getByRole('textbox', { name: 'Note' });
    this.articleText = this.article.getByRole('textbox', { name: /^Text of / });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('button', { name: 'Import article' })).toBeVisible();
  }

  /** Opens the import dialog, lets `fill` fill it, presses Import and waits for it to close. */
  async importWith(fill: (dialog: Locator) => Promise<void>): Promise<void> {
    await this.page.getByRole('button', { name: 'Import article' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import article' });
    await expect(dialog).toBeVisible();
    await fill(dialog);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async importByPasting(text: string): Promise<void> {
    await this.importWith((dialog) => dialog.getByRole('textbox', { name: 'Text or HTML' }).fill(text));
  }

  async importFile(filePath: string): Promise<void> {
    await this.importWith((dialog) => dialog.getByLabel('Choose file').setInputFiles(filePath));
  }

  async openArticle(title: string): Promise<void> {
    await this.library.getByRole('listitem').filter({ hasText: title }).first().click();
    await expect(this.article.getByRole('heading', { name: title })).toBeVisible();
  }

  /** Selects `text` inside the article as a user's mouse would, across decoration spans if need be. */
  async selectInArticle(text: string): Promise<void> {
    // The suggested claims' underlines arrive once, a moment after an article opens; a passage is
    // selected after them, as a reader would (their arrival redraws the text under a selection).
    await expect(this.page.locator('button[aria-busy="true"]')).toHaveCount(0);
    // Polled: just after an import or a switch, the article shown may still be the one before.
    const select = () => this.articleText.evaluate((root, wanted) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const joined = nodes.map((node) => node.data).join('');
      const start = joined.indexOf(wanted);
      if (start < 0) return false;
      const locate = (offset: number, preferEnd: boolean): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          const next = seen + node.data.length;
          if (offset < next || (preferEnd && offset === next)) return [node, offset - seen];
          seen = next;
        }
        throw new Error('offset beyond the text');
      };
      const range = document.createRange();
      range.setStart(...locate(start, false));
      range.setEnd(...locate(start + wanted.length, true));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }, text);
    await expect.poll(select, { message: `"${text}" is in the article` }).toBe(true);
  }

  /** Highlights `text` with the Highlight button and waits until the library has stored it and selected it. */
  async highlight(text: string): Promise<void> {
    const before = await this.highlightEntries.count();
    await this.selectInArticle(text);
    await this.highlightButton.click();
    await expect(this.highlightEntries).toHaveCount(before + 1);
    await expect(this.claimant).toBeVisible();
  }

  highlightItem(quote: string): Locator {
    return this.highlightEntries.filter({ hasText: quote });
  }

  async addTag(name: string): Promise<void> {
    await this.tags.fill(name);
    await this.tags.press('Enter');
    await expect(this.page.getByRole('button', { name: `Remove tag ${name}` })).toBeVisible();
  }
}
