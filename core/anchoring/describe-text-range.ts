import type { HighlightTarget } from '../model/highlight.js';

/**
 * How much context (UTF-16 code units) a quote selector keeps on each side. Hypothesis uses 32:
 * enough to tell repeated phrases apart, small enough that an edit near the quote rarely touches it.
 */
export const QUOTE_CONTEXT_LENGTH = 32;

/** Describes the range [start, end) of a canonical text as a quote and a position selector. */
export function describeTextRange(text: string, start: number, end: number): HighlightTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    // Callers take ranges from the editor's selection, so a bad range is a bug, not a user error.
    throw new Error(`describeTextRange: invalid range [${start}, ${end}) for a text of length ${text.length}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
