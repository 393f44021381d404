import { ApiError } from '../api/api-error.js';
import type { Highlight } from '../model/highlight.js';
import type { AnnotationContext } from './annotation-context.js';
import { removeLink } from './remove-link.js';

/**
 * After a highlight (or its whole article) is gone: removes the other end of each of its links
 * that lies in another article. An end whose article or highlight is gone too is skipped; the ends
 * inside the highlight's own article are the caller's (it holds that file already).
 */
export async function removeOtherLinkEnds(context: AnnotationContext, removed: Highlight): Promise<void> {
  for (const link of removed.links ?? []) {
    if (link.other.articleId === removed.articleId) continue;
    try {
      context.requireEntry(link.other.articleId);
      await context.changeArticle(link.other.articleId, (file) => {
        const other = file.highlights.find((candidate) => candidate.id === link.other.highlightId);
        if (other) removeLink(other, link.id);
      });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) throw error;
    }
  }
}
