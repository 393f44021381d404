import { z } from 'zod';
import { articleSummarySchema } from './article-summary-schema.js';
import { docNodeSchema } from './doc-node-schema.js';
import { highlightSchema } from './highlight-schema.js';
import type { FileVersioning } from './migrate-file.js';

/**
 * `<library>/articles/<id>.json`: one article with its highlights. This file is the source of
 * truth for the highlights; the index only repeats counts that can be recomputed from it.
 */
export const articleFileSchema = z.object({
  schemaVersion: z.literal(1),
  // memo: added with issue 5, optional, so older files load unchanged.
  article: articleSummarySchema.extend({ text: z.string(), doc: docNodeSchema, memo: docNodeSchema.nullable().optional() }),
  highlights: z.array(highlightSchema),
});

/** The content of one article file. */
export type ArticleFile = z.infer<typeof articleFileSchema>;

/** Article files are still at their first version; a change of their shape adds a step here. */
export const ARTICLE_FILE_VERSIONING: FileVersioning = { current: 1, steps: {} };
