import { z } from 'zod';
import { articleSummarySchema } from './article-summary-schema.js';
import { docNodeSchema } from './doc-node-schema.js';
import { highlightSchema } from './highlight-schema.js';

/**
 * `<library>/articles/<id>.json`: one article with its highlights. This file is the source of
 * truth for the highlights; the index only repeats counts that can be recomputed from it.
 */
export const articleFileSchema = z.object({
  schemaVersion: z.literal(1),
  article: articleSummarySchema.extend({ text: z.string(), doc: docNodeSchema }),
  highlights: z.array(highlightSchema),
});

/** The content of one article file. */
export type ArticleFile = z.infer<typeof articleFileSchema>;
