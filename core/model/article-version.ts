import { z } from 'zod';

/**
 * How a highlight fared when its article was captured again: `kept` (same words, same place),
 * `moved` (same words, elsewhere), `changed` (placed on words that differ: a fuzzy match) or
 * `gone` (not found: the highlight is kept, flagged orphaned, with its old quote).
 */
/** Where a kept original or page is, relative to the library folder: only ever a file directly inside originals/. */
export const keptFilePathSchema = z.string().regex(/^originals\/[A-Za-z0-9][A-Za-z0-9_.-]{0,250}$/, 'not a path inside originals/');

export const ANCHOR_STATUSES = ['kept', 'moved', 'changed', 'gone'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

/**
 * An earlier capture of an article, kept when the same page was captured again: what it said
 * (its canonical text, with its SHA-256), the kept page's bytes (by path and SHA-256, never
 * removed while the article stays), its capture facts, and how each highlight made on it was
 * placed in the capture that replaced it.
 */
export const articleVersionSchema = z.object({
  title: z.string(),
  url: z.string().nullable(),
  finalUrl: z.string().nullable(),
  capturedAt: z.string(),
  tool: z.string(),
  operator: z.string(),
  /** When a newer capture replaced it (UTC ISO 8601). */
  replacedAt: z.string(),
  text: z.string(),
  /** SHA-256 (hex) of `text`. */
  contentHash: z.string(),
  originalPath: keptFilePathSchema.optional(),
  originalSha256: z.string().optional(),
  /** Per highlight id: the words it marked in this capture, and where it went in the one that replaced it. */
  anchors: z.record(z.string(), z.object({ exact: z.string(), status: z.enum(ANCHOR_STATUSES) })),
});
export type ArticleVersion = z.infer<typeof articleVersionSchema>;
