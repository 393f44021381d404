import type { HighlightLink, HighlightRef } from '../model/highlight-link.js';

/** The other end of a link held by `self`: same id and relation, the opposite direction, pointing back. */
export function mirrorLink(link: HighlightLink, self: HighlightRef): HighlightLink {
  return {
    id: link.id,
    relation: link.relation,
    direction: link.direction === 'outgoing' ? 'incoming' : 'outgoing',
    other: { articleId: self.articleId, highlightId: self.highlightId },
    createdAt: link.createdAt,
  };
}
