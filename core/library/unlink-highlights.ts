import { ApiError } from '../api/api-error.js';
import type { ApiArguments } from '../api/contract.js';
import type { HighlightLink } from '../model/highlight-link.js';
import type { AnnotationContext } from './annotation-context.js';
import { removeLink } from './remove-link.js';
import { removeOtherLinkEnds } from './remove-other-link-ends.js';
import { requireHighlight } from './require-highlight.js';

/** Removes a link from both of its ends (the other end is skipped if it is gone already). */
export async function unlinkHighlights(context: AnnotationContext, args: ApiArguments<'unlinkHighlights'>): Promise<null> {
  context.requireEntry(args.articleId);
  const removed = await context.changeArticle(args.articleId, (file) => {
    const highlight = requireHighlight(file, args.highlightId);
    const link = (highlight.links ?? []).find((candidate) => candidate.id === args.linkId);
    if (!link) throw new ApiError('NOT_FOUND', `The highlight ${args.highlightId} has no link with id ${args.linkId}.`);
    removeLink(highlight, link.id);
    if (link.other.articleId === args.articleId) {
      const other = file.highlights.find((candidate) => candidate.id === link.other.highlightId);
      if (other) removeLink(other, link.id);
    }
    return { ...structuredClone(highlight), links: [link] as HighlightLink[] };
  });
  await removeOtherLinkEnds(context, removed);
  return null;
}
