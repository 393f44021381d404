import { z } from 'zod';
import { articleSummarySchema } from './article-summary-schema.js';
import { storedClaimSuggestionsSchema } from './claim-suggestions-schema.js';
import { docNodeSchema } from '../document/doc-node-schema.js';
import { highlightSchema } from '../model/highlight.js';
import { IMPORT_FORMATS } from '../model/import-format.js';
import type { FileVersioning } from './migrate-file.js';
import type { Article } from '../model/article.js';
import type { SameShape } from '../model/same-shape.js';

/** Where an article was imported from (core/model/article.ts ImportOrigin). */
const importOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileName: z.string() }),
  z.object({ kind: z.literal('url'), url: z.string() }),
  z.object({ kind: z.literal('clipboard') }),
]);

/** Provenance: all optional, so files written before it load unchanged, no migration needed. */
const provenanceSchema = {
  importedFrom: importOriginSchema.optional(),
  format: z.enum(IMPORT_FORMATS).optional(),
  originalSha256: z.string().optional(),
  originalFileName: z.string().optional(),
  mediaType: z.string().optional(),
  // Relative to the library folder; only ever a file directly inside originals/.
  originalPath: z.string().regex(/^originals\/[A-Za-z0-9][A-Za-z0-9_.-]{0,250}$/, 'not a path inside originals/').optional(),
  excerpt: z.string().nullable().optional(),
  canonicalUrl: z.string().nullable().optional(),
  pageStarts: z.array(z.number().int().nonnegative()).nullable().optional(),
  reimportedAt: z.string().optional(),
  importedMetadata: z.object({ title: z.string(), byline: z.string().nullable() }).optional(),
  // Evidence: optional too, for the same reason.
  capturedAt: z.string().optional(),
  finalUrl: z.string().nullable().optional(),
  tool: z.string().optional(),
  operator: z.string().optional(),
};

/** Where the reader was in the article (a text offset), so it opens there again; optional like provenance. */
const readingSchema = { readingPosition: z.number().int().nonnegative().optional() };

/**
 * `<library>/articles/<id>.json`: one article with its highlights. This file is the source of
 * truth for the highlights; the index only repeats counts that can be recomputed from it.
 */
export const articleFileSchema = z.object({
  schemaVersion: z.literal(1),
  // memo: optional, so older files load unchanged.
  article: articleSummarySchema.extend({ text: z.string(), doc: docNodeSchema, memo: docNodeSchema.nullable().optional(), ...provenanceSchema, ...readingSchema }),
  highlights: z.array(highlightSchema),
  // The claim finder's suggestions (core/claims); optional, so files written before it load
  // unchanged (no migration step): a file without them gets them when they are first listed.
  claimSuggestions: storedClaimSuggestionsSchema.optional(),
});

/** The content of one article file. */
export type ArticleFile = z.infer<typeof articleFileSchema>;

/** Article files are still at their first version; a change of their shape adds a step here. */
export const ARTICLE_FILE_VERSIONING: FileVersioning = { current: 1, steps: {} };

// The stored article and the Article type describe the same fields: one without the other fails the typecheck.
const articleMatchesType: SameShape<z.infer<typeof articleFileSchema>['article'], Article> = true;
void articleMatchesType;
