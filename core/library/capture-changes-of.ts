import { APP_TOOL } from '../model/app-version.js';
import type { Article } from '../model/article.js';
import type { ArticleVersion } from '../model/article-version.js';
import type { CaptureChanges, CaptureSummary } from '../model/capture-changes.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import { wordChanges } from './word-changes.js';

/**
 * An article's captures and what changed in the latest: its text against the capture before
 * (a word diff) and where each highlight made before went. Null when it was captured once.
 */
export function captureChangesOf(file: ArticleFile): CaptureChanges | null {
  const article = file.article;
  const earlier = article.previousVersions ?? [];
  const last = earlier.at(-1);
  if (last === undefined) return null;
  const quotes = new Map(file.highlights.map((highlight) => [highlight.id, highlight.target.quote.exact]));
  return {
    captures: [...earlier.map(summaryOfVersion), summaryOfArticle(article)],
    ...wordChanges(last.text, article.text),
    // A highlight deleted since is left out; one made since has no status.
    anchors: Object.entries(last.anchors).flatMap(([highlightId, { exact, status }]) => {
      const now = quotes.get(highlightId);
      return now === undefined ? [] : [{ highlightId, before: exact, now, status }];
    }),
  };
}

function summaryOfVersion(version: ArticleVersion): CaptureSummary {
  return {
    capturedAt: version.capturedAt,
    title: version.title,
    tool: version.tool,
    operator: version.operator,
    contentHash: version.contentHash,
    originalSha256: version.originalSha256 ?? null,
  };
}

function summaryOfArticle(article: Article): CaptureSummary {
  return {
    capturedAt: article.capturedAt ?? article.importedAt,
    title: article.title,
    tool: article.tool ?? APP_TOOL,
    operator: article.operator ?? '',
    contentHash: article.contentHash,
    originalSha256: article.originalSha256 ?? null,
  };
}
