import { APP_TOOL } from '../model/app-version.js';
import type { Article } from '../model/article.js';
import type { CustodyAction } from '../model/custody-entry.js';
import type { CustodyFields } from './custody-log.js';

/**
 * The custody entry of an action on an article, with the article's hashes as they are after it
 * (for a deletion, as they were). `operator` is the library's operator name now; the tool is the
 * one that brought the article in for imports and updates, this program for everything else.
 */
export function custodyFieldsOf(article: Article, action: CustodyAction, operator: string): CustodyFields {
  const brought = action === 'import' || action === 'update' || action === 'recapture';
  return {
    action,
    articleId: article.id,
    title: article.title,
    operator,
    tool: brought ? (article.tool ?? APP_TOOL) : APP_TOOL,
    url: article.url,
    finalUrl: article.finalUrl ?? null,
    capturedAt: article.capturedAt ?? null,
    originalPath: article.originalPath ?? null,
    originalSha256: article.originalSha256 ?? null,
    textSha256: article.contentHash,
  };
}
