import type { HighlightTarget } from '../model/highlight.js';
import { matchQuote } from './match-quote.js';

/** A range of the canonical text: UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Finds where a highlight's target lies in a canonical text: the stored position when the quote
 * is still there, else the best occurrence of the quote; null when it is orphaned.
 */
export function anchorTarget(text: string, target: HighlightTarget): TextRange | null {
  const { quote, position } = target;
  if (quote.exact.length === 0) return null;
  // The cheap selector first: an unchanged text (the common case) never needs a search.
  if (
    Number.isInteger(position.start) &&
    position.start >= 0 &&
    position.end === position.start + quote.exact.length &&
    text.slice(position.start, position.end) === quote.exact
  ) {
    return { start: position.start, end: position.end };
  }
  const match = matchQuote(text, quote, Number.isFinite(position.start) ? position.start : 0);
  return match === null ? null : { start: match.start, end: match.end };
}
