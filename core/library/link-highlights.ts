import { randomUUID } from 'node:crypto';
import { ApiError, messageOf } from '../api/api-error.js';
import type { ApiArguments } from '../api/contract.js';
import type { Highlight } from '../model/highlight.js';
import { HIGHLIGHT_LIMITS } from '../model/highlight-limits.js';
import type { HighlightLink } from '../model/highlight-link.js';
import type { AnnotationContext } from './annotation-context.js';
import { mirrorLink } from './mirror-link.js';
import { removeLink } from './remove-link.js';
import { requireHighlight } from './require-highlight.js';

/**
 * Links two highlights: the link is stored at both ends (outgoing on `from`, incoming on `to`,
 * one id), so each end shows it without searching the library. Across two articles that is two
 * writes; if the second fails, the first is taken back. Linking the same pair with the same
 * relation again returns the existing link. A highlight holds at most HIGHLIGHT_LIMITS.links
 * links: one more is refused (INVALID_ARGUMENT) at either end, before either is written.
 */
export async function linkHighlights(context: AnnotationContext, args: ApiArguments<'linkHighlights'>): Promise<HighlightLink> {
  const { from, to, relation } = args;
  if (from.articleId === to.articleId && from.highlightId === to.highlightId) {
    throw new ApiError('INVALID_ARGUMENT', 'A highlight cannot be linked to itself.');
  }
  context.requireEntry(from.articleId);
  context.requireEntry(to.articleId);
  // Both ends are checked before either is written.
  const toHighlight = requireHighlight(await context.readArticle(to.articleId), to.highlightId);
  const fromHighlight = requireHighlight(await context.readArticle(from.articleId), from.highlightId);
  const existing = (fromHighlight.links ?? []).find(
    (link) => link.direction === 'outgoing' && link.relation === relation && link.other.articleId === to.articleId && link.other.highlightId === to.highlightId,
  );
  if (existing) return structuredClone(existing);
  for (const end of [fromHighlight, toHighlight]) assertRoomForLink(end);

  const outgoing: HighlightLink = { id: randomUUID(), relation, direction: 'outgoing', other: { ...to }, createdAt: new Date().toISOString() };
  const incoming = mirrorLink(outgoing, from);
  const sameArticle = from.articleId === to.articleId;
  await context.changeArticle(from.articleId, (file) => {
    const source = requireHighlight(file, from.highlightId);
    const target = sameArticle ? requireHighlight(file, to.highlightId) : null;
    // Checked again in the write: another call may have linked meanwhile.
    assertRoomForLink(source);
    if (target) assertRoomForLink(target);
    source.links = [...(source.links ?? []), outgoing];
    if (target) target.links = [...(target.links ?? []), incoming];
  });
  if (!sameArticle) {
    try {
      await context.changeArticle(to.articleId, (file) => {
        const target = requireHighlight(file, to.highlightId);
        assertRoomForLink(target);
        target.links = [...(target.links ?? []), incoming];
      });
    } catch (error) {
      await context
        .changeArticle(from.articleId, (file) => {
          const source = file.highlights.find((candidate) => candidate.id === from.highlightId);
          if (source) removeLink(source, outgoing.id);
        })
        .catch((rollbackError: unknown) => {
          throw new ApiError('STORAGE_FAILED', `The link could not be saved, nor taken back from its first end (${messageOf(rollbackError)}); remove it by hand.`, { cause: error });
        });
      throw error;
    }
  }
  return structuredClone(outgoing);
}

function assertRoomForLink(highlight: Highlight): void {
  if ((highlight.links ?? []).length >= HIGHLIGHT_LIMITS.links) {
    throw new ApiError('INVALID_ARGUMENT', `The highlight ${highlight.id} already has ${HIGHLIGHT_LIMITS.links.toLocaleString('en')} links, the most a highlight can have; remove one first.`);
  }
}
