import type { HtmlDocument } from './parse-html-document.js';

/*
 * Readability 0.6's title heuristic, with the one change its later releases made: en and em dashes
 * separate a site's name from the headline like "|" and "-" do. Without it "Evolve: Shared Mutable
 * History — evolve extension for Mercurial" lost its first word to the ":" rule.
 */
const SEPARATOR = / [|\-\\/>»–—] /;
const SEPARATORS = / [|\-\\/>»–—] /g;
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;
/** Headlines at most this many words long are suspicious: probably the site's name, not the article's. */
const SHORT_TITLE_WORDS = 4;

/**
 * The article's title from a page's <title>, with the site's name cut off where a separator shows
 * it, as Readability does when the page has no title metadata; '' when the page has no title.
 */
export function articleTitle(document: HtmlDocument): string {
  // As document.title reads it: ASCII whitespace collapsed, ideographic spaces kept.
  const original = (document.querySelector('title')?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
  let title = original;
  let hadHierarchicalSeparators = false;
  if (SEPARATOR.test(title)) {
    hadHierarchicalSeparators = HIERARCHICAL_SEPARATOR.test(title);
    const separators = Array.from(original.matchAll(SEPARATORS));
    title = original.slice(0, separators.at(-1)!.index);
    // Too short: the site's name came first ("Site | Headline").
    if (wordCount(title) < 3) title = original.replace(/^[^|\-\\/>»–—]*[|\-\\/>»–—]/, '');
  } else if (title.includes(': ')) {
    const headings = Array.from(document.querySelectorAll('h1, h2'));
    // A heading that repeats the whole title says the colon belongs to the headline.
    if (!headings.some((heading) => (heading.textContent ?? '').trim() === title)) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = Array.from(document.querySelectorAll('h1'));
    if (h1s.length === 1) title = (h1s[0]!.textContent ?? '').trim();
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  const words = wordCount(title);
  if (words <= SHORT_TITLE_WORDS && (!hadHierarchicalSeparators || words !== wordCount(original.replace(/[|\-\\/>»–—]+/g, '')) - 1)) {
    title = original;
  }
  return title;
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}
