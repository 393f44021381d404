import { ApiError } from '../api/api-error.js';
import type { ApiArguments } from '../api/contract.js';
import { anchorTarget } from '../anchoring/anchor-target.js';
import { describeTextRange } from '../anchoring/describe-text-range.js';
import type { Highlight } from '../model/highlight.js';
import { HIGHLIGHT_LIMITS, highlightBeyondLimits } from '../model/highlight-limits.js';
import type { HighlightLink } from '../model/highlight-link.js';
import type { AnnotationContext } from './annotation-context.js';
import { mirrorLink } from './mirror-link.js';

/**
 * Puts a deleted highlight back as it was (same id and fields), the undo of deleteHighlight; it
 * is never refused for what it holds: every highlight written today is within the limits of
 * highlight-limits.ts, and one stored before they held is taken when it is exactly one deleted
 * lately. When the article's text changed meanwhile (a re-import), the highlight is anchored in
 * the new text as a re-import does, and kept flagged orphaned where it cannot be placed. Refused
 * only when the id exists (it was restored already). Its links come back with it, and at their
 * other ends, where the other highlight still exists and has room for them (a highlight never
 * holds more than HIGHLIGHT_LIMITS.links); other links are dropped.
 */
export async function restoreHighlight(context: AnnotationContext, args: ApiArguments<'restoreHighlight'>): Promise<Highlight> {
  const highlight = structuredClone(args.highlight) as Highlight;
  context.requireEntry(highlight.articleId);
  // Beyond the limits only when stored before they held: then it must be exactly what was deleted.
  const beyond = highlightBeyondLimits(highlight);
  if (beyond !== null && !context.wasDeleted(highlight)) throw new ApiError('INVALID_ARGUMENT', `The highlight cannot be restored: ${beyond}.`);
  // Links into other articles: kept while the other highlight exists and has room for them.
  const freeSlots = new Map<string, number>();
  const links: HighlightLink[] = [];
  for (const link of highlight.links ?? []) {
    if (link.other.articleId === highlight.articleId) {
      links.push(link);
      continue;
    }
    const key = `${link.other.articleId}/${link.other.highlightId}`;
    if (!freeSlots.has(key)) freeSlots.set(key, await freeLinkSlots(context, link.other.articleId, link.other.highlightId));
    const free = freeSlots.get(key)!;
    if (free === 0) continue;
    freeSlots.set(key, free - 1);
    links.push(link);
  }
  const self = { articleId: highlight.articleId, highlightId: highlight.id };
  const restored = await context.changeArticle(highlight.articleId, (file) => {
    if (file.highlights.some((candidate) => candidate.id === highlight.id)) {
      throw new ApiError('INVALID_ARGUMENT', `The article already has a highlight with id ${highlight.id}; it cannot be restored twice.`);
    }
    placeInText(highlight, file.article.text);
    const kept: HighlightLink[] = [];
    for (const link of links) {
      if (link.other.articleId !== highlight.articleId) {
        kept.push(link);
        continue;
      }
      const other = file.highlights.find((candidate) => candidate.id === link.other.highlightId);
      if (other === undefined) continue;
      if (!(other.links ?? []).some((candidate) => candidate.id === link.id)) {
        if ((other.links ?? []).length >= HIGHLIGHT_LIMITS.links) continue;
        other.links = [...(other.links ?? []), mirrorLink(link, self)];
      }
      kept.push(link);
    }
    if (highlight.links !== undefined) highlight.links = kept;
    file.highlights.push(highlight);
    return structuredClone(highlight);
  });
  for (const link of restored.links ?? []) {
    if (link.other.articleId === highlight.articleId) continue;
    await context.changeArticle(link.other.articleId, (file) => {
      const other = file.highlights.find((candidate) => candidate.id === link.other.highlightId);
      // Full since it was looked at (another call linked it meanwhile): never beyond the limit.
      if (other && !(other.links ?? []).some((candidate) => candidate.id === link.id) && (other.links ?? []).length < HIGHLIGHT_LIMITS.links) other.links = [...(other.links ?? []), mirrorLink(link, self)];
    });
  }
  return restored;
}

/** Keeps the selectors when they still select the quote; else anchors it afresh, or flags it orphaned (with its old selectors, as a re-import does). */
function placeInText(highlight: Highlight, text: string): void {
  const { start, end } = highlight.target.position;
  if (start < end && end <= text.length && text.slice(start, end) === highlight.target.quote.exact) return;
  const range = anchorTarget(text, highlight.target);
  if (range === null) {
    highlight.orphaned = true;
    return;
  }
  highlight.target = describeTextRange(text, range.start, range.end);
  delete highlight.orphaned;
}

/** How many more links a highlight in another article can take; 0 when it is gone. */
async function freeLinkSlots(context: AnnotationContext, articleId: string, highlightId: string): Promise<number> {
  try {
    context.requireEntry(articleId);
    const other = (await context.readArticle(articleId)).highlights.find((candidate) => candidate.id === highlightId);
    return other === undefined ? 0 : Math.max(0, HIGHLIGHT_LIMITS.links - (other.links ?? []).length);
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'LIBRARY_DAMAGED')) return 0;
    throw error;
  }
}
