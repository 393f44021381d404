import { z } from 'zod';
import type { Highlight } from '../model/highlight.js';

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
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<Highlight>;
