import { z } from 'zod';
import { storedClaimSuggestionsSchema } from './claim-suggestions-schema.js';
import { articleSchema } from '../model/article.js';
import { highlightSchema } from '../model/highlight.js';
import type { FileVersioning } from './migrate-file.js';

/**
 * `<library>/articles/<id>.json`: one article with its highlights. This file is the source of
 * truth for the highlights; the index only repeats counts that can be recomputed from it.
 */
export const articleFileSchema = z.object({
  schemaVersion: z.literal(1),
  article: articleSchema,
  highlights: z.array(highlightSchema),
  // The claim finder's suggestions (core/claims); optional, so files written before it load
  // unchanged (no migration step): a file without them gets them when they are first listed.
  claimSuggestions: storedClaimSuggestionsSchema.optional(),
});

/** The content of one article file. */
export type ArticleFile = z.infer<typeof articleFileSchema>;

/** Article files are still at their first version; a change of their shape adds a step here. */
export const ARTICLE_FILE_VERSIONING: FileVersioning = { current: 1, steps: {} };

