import { z } from 'zod';

const selectorsSchema = z.object({
  quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
});

/**
 * An article's suggested claims as stored in its file (core/model/claim-suggestion.ts): what the
 * finder of `finderVersion` found in the text whose hash is `contentHash`, and the content spans
 * the user dismissed (by their exact text, so a dismissal outlives a recomputation).
 */
export const storedClaimSuggestionsSchema = z.object({
  finderVersion: z.number().int().nonnegative(),
  contentHash: z.string(),
  items: z.array(
    z.object({
      id: z.string().min(1),
      target: selectorsSchema,
      claimant: z.string(),
      role: z.string().nullable(),
      cue: z.string(),
      kind: z.enum(['direct', 'indirect', 'mixed']),
      confidence: z.number().min(0).max(1),
    }),
  ),
  dismissed: z.array(z.string()),
});

/** The suggested claims of one article file. */
export type StoredClaimSuggestions = z.infer<typeof storedClaimSuggestionsSchema>;
