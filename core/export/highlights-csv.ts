import type { ArticleWithHighlights } from '../api/contract.js';
import type { ArticleSummary } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import { colorMeaning } from './color-meaning.js';
import { DEFAULT_COLOR_LEGEND, type ColorMeaning } from '../model/color-legend.js';
import { csvCell } from './csv-cell.js';
import { readHighlightExtras } from './highlight-extras.js';

const COLUMNS = [
  'Article',
  'URL',
  'Published',
  'Quote',
  'Claimant',
  'Claimant role',
  'About',
  'Claim kind',
  'Made on',
  'Quote kind',
  'Grading',
  'Meaning',
  'Tags',
  'Note',
  'Page',
  'Orphaned',
  'Created',
  'Updated',
  'Article ID',
  'Highlight ID',
] as const;

/**
 * One row per highlight, for spreadsheets: a UTF-8 byte-order mark (so Excel reads UTF-8), CRLF
 * line ends, RFC 4180 quoting and formula-safe cells; claim fields get a column each.
 */
export function formatHighlightsCsv(articles: readonly ArticleWithHighlights[], legend: readonly ColorMeaning[] = DEFAULT_COLOR_LEGEND): string {
  const lines = [COLUMNS.map(csvCell).join(',')];
  for (const { article, highlights } of articles) {
    for (const highlight of highlights) lines.push(formatRow(article, highlight, legend));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function formatRow(article: ArticleSummary, highlight: Highlight, legend: readonly ColorMeaning[]): string {
  const extras = readHighlightExtras(highlight);
  const claim = highlight.claim;
  const cells = [
    article.title,
    article.url ?? '',
    article.publishedTime ?? '',
    highlight.target.quote.exact,
    highlight.claimant,
    claim?.claimantRole ?? '',
    claim?.about ?? '',
    claim?.kind ?? '',
    claim?.madeOn ?? '',
    claim?.quoteKind ?? '',
    extras.grading,
    colorMeaning(highlight.color, legend),
    // "; " cannot be part of a tag name users type as one word, and reads well in a cell.
    highlight.tags.join('; '),
    highlight.note,
    extras.page === null ? '' : String(extras.page),
    // "yes" when a re-import could not place the quote in the updated article.
    highlight.orphaned === true ? 'yes' : '',
    highlight.createdAt,
    highlight.updatedAt,
    article.id,
    highlight.id,
  ];
  return cells.map(csvCell).join(',');
}
