import { z } from 'zod';
import { docNodeSchema } from '../document/doc-node-schema.js';
import { claimFieldsSchema } from './claim.js';
import { gradingSchema } from './grading.js';
import { highlightLinkSchema } from './highlight-link.js';

// The one definition of a highlight: its type is inferred from this schema, the store checks files
// with it, and the API contract derives its arguments from it (adding limits). A new field is added
// here, once; optional, so files written before it load unchanged.

/** W3C Web Annotation TextQuoteSelector: the quoted text with a little context on each side. */
export const textQuoteSelectorSchema = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() });
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: offsets (UTF-16 code units) into the canonical text. */
export const textPositionSelectorSchema = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** Both selectors of a highlight: the position is tried first, the quote is the fallback. */
export const highlightTargetSchema = z.object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema });
export type HighlightTarget = z.infer<typeof highlightTargetSchema>;

/** A stand-off annotation on an article's canonical text. */
export const highlightSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  target: highlightTargetSchema,
  claimant: z.string(),
  /** Tag names as the user wrote them; unique case-insensitively within a highlight. */
  tags: z.array(z.string()),
  /** The note's plain text (derived from noteDoc when there is one): what search and exports read. */
  note: z.string(),
  color: z.string(),
  /** Structured claim fields; absent on highlights made before they existed. */
  claim: claimFieldsSchema.optional(),
  /** Admiralty grade, e.g. B2; null or absent when not graded. */
  grading: gradingSchema.nullable().optional(),
  /** Links to other highlights, shown at both ends. */
  links: z.array(highlightLinkSchema).optional(),
  /** The note as a rich document (tiptap JSON), when it has been edited as rich text. */
  noteDoc: docNodeSchema.nullable().optional(),
  /**
   * True when a re-import of the article could not place the highlight in the new text: it keeps
   * its old selectors (and so its quote) and is shown apart, never dropped. Absent when anchored.
   */
  orphaned: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Highlight = z.infer<typeof highlightSchema>;

/** The fields no edit changes: who the highlight is, where it sits, its links (own calls) and its times. */
export const FIXED_HIGHLIGHT_FIELDS = { id: true, articleId: true, target: true, links: true, orphaned: true, createdAt: true, updatedAt: true } as const;
