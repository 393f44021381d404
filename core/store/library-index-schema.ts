import { z } from 'zod';
import { articleSummarySchema } from './article-summary-schema.js';

/** How many highlights of one article carry a tag, under the tag's canonical name. */
const tagUseSchema = z.object({ name: z.string().min(1), count: z.number().int().positive() });

/**
 * One article in the index: its summary plus the tags its highlights use. Keeping tag counts per
 * article (rather than one library-wide list) lets the tag list be derived from the index alone,
 * without reading 10,000 article files, and lets a repair recompute an entry from its one file.
 */
export const libraryIndexEntrySchema = articleSummarySchema.extend({ tags: z.array(tagUseSchema) });

/** `<library>/library.json`: the small file read at open; every article's summary and tag use. */
export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(libraryIndexEntrySchema),
});

/** One article's entry in the library index. */
export type LibraryIndexEntry = z.infer<typeof libraryIndexEntrySchema>;

/** The content of library.json. */
export type LibraryIndex = z.infer<typeof libraryIndexSchema>;

/** The index of a library that has no articles yet. */
export function emptyLibraryIndex(): LibraryIndex {
  return { schemaVersion: 1, articles: [] };
}
