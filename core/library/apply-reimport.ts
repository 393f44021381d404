import { anchorStatus } from '../anchoring/anchor-status.js';
import { reanchorHighlights } from '../anchoring/reanchor-highlights.js';
import type { AnchorStatus } from '../model/article-version.js';
import type { ImportedDocument } from '../import/imported-document.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import type { ArticleProvenance } from './article-provenance.js';
import { contentHash } from './content-hash.js';

/** What a re-import did to the article's highlights. */
export interface ReimportCount {
  /** Highlights placed in the new text (with fresh selectors). */
  anchored: number;
  /** Highlights that could not be placed: kept with their old selectors and flagged orphaned. */
  orphaned: number;
  /** Per highlight id: the words it marked before, and whether it was kept, moved, changed or gone. */
  statuses: Record<string, { exact: string; status: AnchorStatus }>;
}

/**
 * Replaces an article's text, document and metadata with a new import of the same source, in
 * place: its id, import time, memo and highlights stay. Every highlight is anchored again in the
 * new text (position first, then the quote with its context, fuzzily); one that cannot be placed
 * keeps its old selectors, so its quote is still shown, and is flagged orphaned, never dropped.
 */
export function applyReimport(file: ArticleFile, imported: ImportedDocument, provenance: ArticleProvenance, now: string): ReimportCount {
  const article = file.article;
  const count: ReimportCount = { anchored: 0, orphaned: 0, statuses: {} };
  for (const { highlight, target } of reanchorHighlights(article.text, imported.text, file.highlights)) {
    count.statuses[highlight.id] = { exact: highlight.target.quote.exact, status: anchorStatus(highlight.target, target) };
    if (target === null) {
      highlight.orphaned = true;
      count.orphaned += 1;
    } else {
      highlight.target = target;
      delete highlight.orphaned;
      count.anchored += 1;
    }
  }
  article.title = imported.title;
  article.byline = imported.byline;
  article.siteName = imported.siteName;
  article.url = imported.url;
  article.publishedTime = imported.publishedTime;
  article.lang = imported.lang;
  article.dir = imported.dir;
  article.source = imported.source;
  article.text = imported.text;
  article.doc = imported.doc;
  article.contentHash = contentHash(imported.text);
  // Fields of the old provenance that the new import does not have must not linger.
  for (const key of ['format', 'originalSha256', 'originalFileName', 'mediaType', 'originalPath', 'excerpt', 'canonicalUrl', 'pageStarts', 'importedMetadata'] as const) delete article[key];
  Object.assign(article, provenance);
  article.reimportedAt = now;
  return count;
}
