import { randomUUID } from 'node:crypto';
import { ApiError } from '../api/api-error.js';
import type { ApiArguments } from '../api/contract.js';
import type { HighlightLink } from '../model/highlight-link.js';
import type { AnnotationContext } from './annotation-context.js';
import { mirrorLink } from './mirror-link.js';
import { removeLink } from './remove-link.js';
import { requireHighlight } from './require-highlight.js';

/**
 * Links two highlights: the link is stored at both ends (outgoing on `from`, incoming on `to`,
 * one id), so each end shows it without searching the library. Across two articles that is two
 * writes; if the second fails, the first is taken back. Linking the same pair with the same
 * relation again returns the existing link.
 */
export async function linkHighlights(context: AnnotationContext, args: ApiArguments<'linkHighlights'>): Promise<HighlightLink> {
  const { from, to, relation } = args;
  if (from.articleId === to.articleId && from.highlightId === to.highlightId) {
    throw new ApiError('INVALID_ARGUMENT', 'A highlight cannot be linked to itself.');
  }
  context.requireEntry(from.articleId);
  context.requireEntry(to.articleId);
  // Both ends are checked before either is written.
  requireHighlight(await context.readArticle(to.articleId), to.highlightId);
  const existing = (requireHighlight(await context.readArticle(from.articleId), from.highlightId).links ?? []).find(
    (link) => link.direction === 'outgoing' && link.relation === relation && link.other.articleId === to.articleId && link.other.highlightId === to.highlightId,
  );
  if (existing) return structuredClone(existing);

  const outgoing: HighlightLink = { id: randomUUID(), relation, direction: 'outgoing', other: { ...to }, createdAt: new Date().toISOString() };
  const incoming = mirrorLink(outgoing, from);
  const sameArticle = from.articleId === to.articleId;
  await context.changeArticle(from.articleId, (file) => {
    const source = requireHighlight(file, from.highlightId);
    const target = sameArticle ? requireHighlight(file, to.highlightId) : null;
    source.links = [...(source.links ?? []), outgoing];
    if (target) target.links = [...(target.links ?? []), incoming];
  });
  if (!sameArticle) {
    try {
      await context.changeArticle(to.articleId, (file) => {
        const target = requireHighlight(file, to.highlightId);
        target.links = [...(target.links ?? []), incoming];
      });
    } catch (error) {
      await context
        .changeArticle(from.articleId, (file) => {
          const source = file.highlights.find((candidate) => candidate.id === from.highlightId);
          if (source) removeLink(source, outgoing.id);
        })
        .catch((rollbackError: unknown) => {
          throw new ApiError('STORAGE_FAILED', `The link could not be saved, nor taken back from its first end (${(rollbackError as Error).message}); remove it by hand.`, { cause: error });
        });
      throw error;
    }
  }
  return structuredClone(outgoing);
}
