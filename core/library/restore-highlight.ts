import { ApiError } from '../api/api-error.js';
import type { ApiArguments } from '../api/contract.js';
import type { Highlight } from '../model/highlight.js';
import type { HighlightLink } from '../model/highlight-link.js';
import type { AnnotationContext } from './annotation-context.js';
import { assertTargetFitsText } from './assert-target-fits-text.js';
import { mirrorLink } from './mirror-link.js';

/**
 * Puts a deleted highlight back exactly as it was (same id and fields), the undo of
 * deleteHighlight. Refused when the id exists or the target no longer fits the article's text.
 * Its links come back with it, and at their other ends, where the other highlight still exists;
 * links to highlights that are gone are dropped.
 */
export async function restoreHighlight(context: AnnotationContext, args: ApiArguments<'restoreHighlight'>): Promise<Highlight> {
  const highlight = structuredClone(args.highlight) as Highlight;
  context.requireEntry(highlight.articleId);
  const links: HighlightLink[] = [];
  for (const link of highlight.links ?? []) {
    if (link.other.articleId === highlight.articleId || (await otherExists(context, link.other.articleId, link.other.highlightId))) links.push(link);
  }
  const self = { articleId: highlight.articleId, highlightId: highlight.id };
  const restored = await context.changeArticle(highlight.articleId, (file) => {
    if (file.highlights.some((candidate) => candidate.id === highlight.id)) {
      throw new ApiError('INVALID_ARGUMENT', `The article already has a highlight with id ${highlight.id}; it cannot be restored twice.`);
    }
    assertTargetFitsText(highlight.target, file.article.text);
    const kept = links.filter((link) => link.other.articleId !== highlight.articleId || file.highlights.some((other) => other.id === link.other.highlightId));
    for (const link of kept) {
      if (link.other.articleId !== highlight.articleId) continue;
      const other = file.highlights.find((candidate) => candidate.id === link.other.highlightId)!;
      if (!(other.links ?? []).some((candidate) => candidate.id === link.id)) other.links = [...(other.links ?? []), mirrorLink(link, self)];
    }
    if (highlight.links !== undefined) highlight.links = kept;
    file.highlights.push(highlight);
    return structuredClone(highlight);
  });
  for (const link of restored.links ?? []) {
    if (link.other.articleId === highlight.articleId) continue;
    await context.changeArticle(link.other.articleId, (file) => {
      const other = file.highlights.find((candidate) => candidate.id === link.other.highlightId);
      if (other && !(other.links ?? []).some((candidate) => candidate.id === link.id)) other.links = [...(other.links ?? []), mirrorLink(link, self)];
    });
  }
  return restored;
}

async function otherExists(context: AnnotationContext, articleId: string, highlightId: string): Promise<boolean> {
  try {
    context.requireEntry(articleId);
    return (await context.readArticle(articleId)).highlights.some((candidate) => candidate.id === highlightId);
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'LIBRARY_DAMAGED')) return false;
    throw error;
  }
}
