import { z } from 'zod';
import { articleSummarySchema } from '../model/article.js';
import type { FileVersioning } from './migrate-file.js';

/** How many highlights of one article carry a tag, under the tag's canonical name. */
const tagUseSchema = z.object({ name: z.string().min(1), count: z.number().int().positive() });

/**
 * One article in the index: its summary plus the tags its highlights use. Keeping tag counts per
 * article (rather than one library-wide list) lets the tag list be derived from the index alone,
 * without reading 10,000 article files, and lets a repair recompute an entry from its one file.
 */
export const libraryIndexEntrySchema = articleSummarySchema.extend({
  tags: z.array(tagUseSchema),
  // Claimant counts, kept like the tag counts for autocomplete and the list's claimant
  // filter. Optional: an entry written before them is filled in from its file after open.
  claimants: z.array(tagUseSchema).optional(),
  // What a re-import is recognised by, besides the url: present only when the article has them.
  originalSha256: z.string().optional(),
  canonicalUrl: z.string().optional(),
});

/**
 * `<library>/library.json`: the file read at open; every article's summary and tag use, as of
 * journal record `journalSeq` (later records in library.journal are replayed on top).
 * `unsettled` lists articles whose file was still being written when the index was: opening after
 * a crash checks those entries against their files.
 */
export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(2),
  journalSeq: z.number().int().nonnegative(),
  unsettled: z.array(z.string()),
  articles: z.array(libraryIndexEntrySchema),
});

/** Version 1 had no journal; its index was rewritten on every change. */
export const LIBRARY_INDEX_VERSIONING: FileVersioning = {
  current: 2,
  steps: { 1: (data) => ({ ...data, schemaVersion: 2, journalSeq: 0, unsettled: [] }) },
};

/** One article's entry in the library index. */
export type LibraryIndexEntry = z.infer<typeof libraryIndexEntrySchema>;

/** The content of library.json. */
export type LibraryIndexData = z.infer<typeof libraryIndexSchema>;

/** The index of a library that has no articles yet. */
export function emptyLibraryIndex(): LibraryIndexData {
  return { schemaVersion: 2, journalSeq: 0, unsettled: [], articles: [] };
}
