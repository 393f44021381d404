import { z } from 'zod';

/** How one highlight relates to another. */
export const LINK_RELATIONS = ['supports', 'contradicts', 'repeats', 'cites'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** A highlight addressed across the library. */
export const highlightRefSchema = z.object({ articleId: z.string().min(1), highlightId: z.string().min(1) });
export type HighlightRef = z.infer<typeof highlightRefSchema>;

/**
 * A link between two highlights, possibly in two articles. It is shown at both ends: `direction`
 * says whether this highlight is the link's subject ("this supports that") or its object.
 */
export const highlightLinkSchema = z.object({
  id: z.string().min(1),
  relation: z.enum(LINK_RELATIONS),
  direction: z.enum(['outgoing', 'incoming']),
  other: highlightRefSchema,
  createdAt: z.string(),
});
export type HighlightLink = z.infer<typeof highlightLinkSchema>;
