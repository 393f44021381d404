import { z } from 'zod';

/** What a custody log entry records: an article coming in, changing, or leaving the library. */
export const CUSTODY_ACTIONS = ['import', 'update', 'recapture', 'metadata', 'delete', 'baseline'] as const;

/** One kind of custody log entry (see CustodyEntry). */
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

/**
 * One line of a library's `custody.jsonl`. `prev` is the SHA-256 of the previous entry (64 zeros
 * for the first) and `hash` that of this entry's own JSON without its `hash` field, so one byte
 * changed anywhere in the log breaks an entry or the chain. The hashes are those of the article
 * after the action: its original, and its canonical text ('delete' records them as
 * they were). 'baseline' starts a log in a library that had articles before logs were kept.
 */
export const custodyEntrySchema = z.object({
  seq: z.number().int().positive(),
  /** UTC ISO 8601 time the entry was written. */
  at: z.string(),
  action: z.enum(CUSTODY_ACTIONS),
  articleId: z.string(),
  title: z.string(),
  operator: z.string(),
  tool: z.string(),
  url: z.string().nullable(),
  finalUrl: z.string().nullable(),
  capturedAt: z.string().nullable(),
  originalPath: z.string().nullable(),
  originalSha256: z.string().nullable(),
  textSha256: z.string().nullable(),
  /** For 'metadata': the fields corrected, each with its value before and after. */
  changes: z.record(z.string(), z.object({ from: z.string().nullable(), to: z.string().nullable() })).optional(),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A custody log entry without its own hash (what the hash is computed over). */
export type CustodyEntry = z.infer<typeof custodyEntrySchema>;

/** The `prev` of the first entry of a log. */
export const FIRST_PREVIOUS_HASH = '0'.repeat(64);
