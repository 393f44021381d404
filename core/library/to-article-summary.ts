import type { ArticleSummary } from '../model/article.js';

/** Only the summary fields of an index entry or article, so callers never receive stored extras. */
export function toArticleSummary(source: ArticleSummary): ArticleSummary {
  const summary: ArticleSummary = {
    id: source.id,
    title: source.title,
    byline: source.byline,
    siteName: source.siteName,
    url: source.url,
    publishedTime: source.publishedTime,
    lang: source.lang,
    dir: source.dir,
    importedAt: source.importedAt,
    contentHash: source.contentHash,
    source: source.source,
    highlightCount: source.highlightCount,
  };
  // Present only when the article has tags of its own, as stored.
  if (source.articleTags !== undefined && source.articleTags.length > 0) summary.articleTags = [...source.articleTags];
  return summary;
}
