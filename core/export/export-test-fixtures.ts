import { describeTextRange } from '../anchoring/describe-text-range.js';
import type { Article } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';

/** An article for export tests, with the given text and fields. */
export function articleForTests(text: string, fields: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    title: 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit',
    byline: null,
    siteName: null,
    url: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
    importedAt: '2022-11-01T10:00:00.000Z',
    contentHash: 'f'.repeat(64),
    source: 'seed-article.txt',
    highlightCount: 0,
    text,
    doc: { type: 'doc', content: [] },
    ...fields,
  };
}

/** A highlight of `quote` (which must occur in `text`) for export tests. */
export function highlightForTests(text: string, quote: string, fields: Partial<Highlight> = {}): Highlight {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`test setup: "${quote}" not in text`);
  return {
    id: `h-${quote.length}-${start}`,
    articleId: 'a1',
    target: describeTextRange(text, start, start + quote.length),
    claimant: '',
    tags: [],
    note: '',
    color: 'yellow',
    createdAt: '2022-11-01T10:00:00.000Z',
    updatedAt: '2022-11-02T10:00:00.000Z',
    ...fields,
  };
}
