/** How one highlight relates to another. */
export const LINK_RELATIONS = ['supports', 'contradicts', 'repeats', 'cites'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** A highlight addressed across the library. */
export interface HighlightRef {
  articleId: string;
  highlightId: string;
}

/**
 * A link between two highlights, possibly in two articles. It is shown at both ends: `direction`
 * says whether this highlight is the link's subject ("this supports that") or its object.
 */
export interface HighlightLink {
  id: string;
  relation: LinkRelation;
  direction: 'outgoing' | 'incoming';
  other: HighlightRef;
  createdAt: string;
}
