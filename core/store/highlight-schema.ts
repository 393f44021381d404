import { z } from 'zod';
import type { Highlight } from '../model/highlight.js';
import { docNodeSchema } from './doc-node-schema.js';

const highlightRefSchema = z.object({ articleId: z.string().min(1), highlightId: z.string().min(1) });

/** A highlight as stored on disk (core/model/highlight.ts). */
export const highlightSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  target: z.object({
    quote: z.object({
      type: z.literal('TextQuoteSelector'),
      exact: z.string(),
      prefix: z.string(),
      suffix: z.string(),
    }),
    position: z.object({
      type: z.literal('TextPositionSelector'),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
  }),
  claimant: z.string(),
  tags: z.array(z.string()),
  note: z.string(),
  color: z.string(),
  // Added with claims (issue 5); optional, so files written before them load unchanged, no migration needed.
  claim: z
    .object({
      claimantRole: z.string(),
      about: z.string(),
      kind: z.string(),
      madeOn: z.string().nullable(),
      quoteKind: z.enum(['direct', 'paraphrase']),
    })
    .optional(),
  grading: z
    .object({ reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']), credibility: z.enum(['1', '2', '3', '4', '5', '6']) })
    .nullable()
    .optional(),
  links: z
    .array(
      z.object({
        id: z.string().min(1),
        relation: z.enum(['supports', 'contradicts', 'repeats', 'cites']),
        direction: z.enum(['outgoing', 'incoming']),
        other: highlightRefSchema,
        createdAt: z.string(),
      }),
    )
    .optional(),
  noteDoc: docNodeSchema.nullable().optional(),
  // Set by a re-import that could not place the highlight (issue 4); optional like the fields above.
  orphaned: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<Highlight>;
