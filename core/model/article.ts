import { z } from 'zod';
import { docNodeSchema } from '../document/doc-node-schema.js';
import { articleVersionSchema, keptFilePathSchema } from './article-version.js';
import { IMPORT_FORMATS } from './import-format.js';

// The one definition of an article: its types are inferred from these schemas, the store checks
// files and the index with them. A new field is added here, once; optional, so files written
// before it load unchanged.

/** What the library list shows of an article: everything but its text and document. */
export const articleSummarySchema = z.object({
  // The id names the article's file, so it must not be able to name a path outside the folder.
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/, 'not a valid article id'),
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  url: z.string().nullable(),
  publishedTime: z.string().nullable(),
  lang: z.string().nullable(),
  /** Text direction of the article, when the source says so. */
  dir: z.enum(['ltr', 'rtl']).nullable(),
  /** ISO 8601 time of the import. */
  importedAt: z.string(),
  /** SHA-256 (hex) of the canonical plain text. */
  contentHash: z.string(),
  /** Where the article came from: a file name, "clipboard", or a URL. */
  source: z.string(),
  highlightCount: z.number().int().nonnegative(),
  /** Tags of the article itself (not of one of its highlights); absent when it has none. */
  articleTags: z.array(z.string().min(1)).optional(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** Where an article was imported from: a file (by name), a URL, or the clipboard. */
export const importOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileName: z.string() }),
  z.object({ kind: z.literal('url'), url: z.string() }),
  z.object({ kind: z.literal('clipboard') }),
]);
export type ImportOrigin = z.infer<typeof importOriginSchema>;

/** A whole article: its metadata, its canonical plain text, and its rich document (tiptap JSON). */
export const articleSchema = articleSummarySchema.extend({
  /** The canonical plain text that highlights are anchored to (see core/document/doc-text.ts). */
  text: z.string(),
  doc: docNodeSchema,
  /** The user's free memo about the article (tiptap JSON); absent until written. */
  memo: docNodeSchema.nullable().optional(),
  // Provenance. Optional: articles imported before it was kept load unchanged.
  /** Where the import came from. */
  importedFrom: importOriginSchema.optional(),
  /** The format the source was read as. */
  format: z.enum(IMPORT_FORMATS).optional(),
  /** SHA-256 (hex) of the original bytes (for pasted content, of its UTF-8 encoding). */
  originalSha256: z.string().optional(),
  /** The original's own file name (or the name made up for pasted text and fetched pages). */
  originalFileName: z.string().optional(),
  /** The original's media type, e.g. "application/pdf". */
  mediaType: z.string().optional(),
  /** Where the original is kept, relative to the library folder ("originals/<id>-<hash>.pdf"); only ever a file directly inside originals/. */
  originalPath: keptFilePathSchema.optional(),
  /** A short summary (a page's description or its first paragraph); null when none. */
  excerpt: z.string().nullable().optional(),
  /** The address the page gives as its own (link rel=canonical or og:url); null when none. */
  canonicalUrl: z.string().nullable().optional(),
  /** For PDFs: the text offset where each page begins (see core/document/page-at-offset.ts). */
  pageStarts: z.array(z.number().int().nonnegative()).nullable().optional(),
  /** ISO 8601 time the article was last updated from its source by a re-import. */
  reimportedAt: z.string().optional(),
  /** The title and byline as the source gave them, when the import cleaned them (" | Author" cut, a byline repeating the site dropped). */
  importedMetadata: z.object({ title: z.string(), byline: z.string().nullable() }).optional(),
  // Evidence. Optional, for the same reason.
  /** UTC ISO 8601 time the source was captured (imported). */
  capturedAt: z.string().optional(),
  /** The address the document had when it was captured or fetched (after redirects); null when none. */
  finalUrl: z.string().nullable().optional(),
  /** The program and version that captured or imported it ("Research Notes 0.1.0"). */
  tool: z.string().optional(),
  /** Who did it: the library's operator name setting at the time ("" when none was set). */
  operator: z.string().optional(),
  /** Earlier captures of the same page, oldest first; absent until it is captured again. */
  previousVersions: z.array(articleVersionSchema).optional(),
  /** Where the reader last was: the canonical-text offset at the top of the view; absent until the article has been read. */
  readingPosition: z.number().int().nonnegative().optional(),
});
export type Article = z.infer<typeof articleSchema>;
