import { z } from 'zod';
import { libraryIndexEntrySchema } from './library-index-schema.js';

/** The journal format; each line carries it, so a journal never needs a header that could be torn. */
export const JOURNAL_VERSION = 2;

/**
 * One line of `library.journal`: an article's whole index entry as it now is, or its removal.
 * Whole entries (not increments) make replay idempotent: replaying a record twice changes nothing.
 */
export const journalRecordSchema = z.union([
  z.object({ v: z.literal(JOURNAL_VERSION), seq: z.number().int().positive(), put: libraryIndexEntrySchema }),
  z.object({ v: z.literal(JOURNAL_VERSION), seq: z.number().int().positive(), remove: z.string().min(1) }),
]);

/** One journal record. */
export type JournalRecord = z.infer<typeof journalRecordSchema>;
