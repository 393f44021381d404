import type { Article } from '../model/article.js';
import type { CustodyEntry } from '../model/custody-entry.js';

/** The metadata fields a correction may change (updateArticleMetadata's patch). */
const METADATA_FIELDS = ['title', 'byline', 'siteName', 'url', 'publishedTime', 'lang'] as const;

/** The metadata fields that differ between two versions of an article, each with its value before and after; null when none. */
export function metadataChangesOf(before: Article, after: Article): NonNullable<CustodyEntry['changes']> | null {
  const changes: NonNullable<CustodyEntry['changes']> = {};
  for (const field of METADATA_FIELDS) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (from !== to) changes[field] = { from, to };
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
