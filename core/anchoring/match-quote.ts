import type { TextQuoteSelector } from '../model/highlight.js';

/*
 * Scoring weights, in the spirit of Hypothesis's match-quote.ts. Every candidate today is an exact
 * occurrence of the quote, so only the context and the distance tell candidates apart:
 * - the prefix and the suffix weigh the same and much more than the position, because after an
 *   edit the old offset is stale while the words around the quote usually are not;
 * - the position still breaks ties between occurrences with equally good (or no) context, in
 *   favour of the one nearest the old offset.
 * QUOTE_WEIGHT is the seam for fuzzy matching: an approximate candidate will score
 * QUOTE_WEIGHT * (1 - errors / quote length), so a perfect quote outranks any context.
 */
/** Weight of how much of the quote matches (exact occurrences score it fully). */
export const QUOTE_WEIGHT = 50;
/** Weight of how much of the stored prefix matches the text just before a candidate. */
export const PREFIX_WEIGHT = 20;
/** Weight of how much of the stored suffix matches the text just after a candidate. */
export const SUFFIX_WEIGHT = 20;
/** Weight of closeness to the old position, scaled by the text's length. */
export const POSITION_WEIGHT = 2;
/**
 * Most occurrences scored before giving up on the rest: a one-letter quote in a long text would
 * otherwise score every occurrence; 10,000 is far above any realistic repetition of a phrase.
 */
export const MAX_CANDIDATES = 10_000;

/** A place where a quote was found, with its score (higher is better). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

/**
 * Finds the best place for a quote in a text, using its context and the old start offset as hints;
 * null when the quote occurs nowhere.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hintStart: number): QuoteMatch | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  let best: QuoteMatch | null = null;
  let examined = 0;
  // Fuzzy matching of an edited quote will add approximate candidates here, when this loop finds none.
  for (let start = text.indexOf(exact); start !== -1 && examined < MAX_CANDIDATES; start = text.indexOf(exact, start + 1)) {
    examined += 1;
    const end = start + exact.length;
    const score = QUOTE_WEIGHT + scoreContext(text, quote, start, end, hintStart);
    if (best === null || score > best.score) best = { start, end, score };
  }
  return best;
}

function scoreContext(text: string, quote: TextQuoteSelector, start: number, end: number, hintStart: number): number {
  const prefixScore = quote.prefix.length === 0 ? 1 : commonSuffixLength(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start)) / quote.prefix.length;
  const suffixScore = quote.suffix.length === 0 ? 1 : commonPrefixLength(quote.suffix, text.slice(end, end + quote.suffix.length)) / quote.suffix.length;
  const distance = Math.abs(start - hintStart);
  const positionScore = 1 - Math.min(1, distance / Math.max(1, text.length));
  return PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
}

// Context is compared from the quote outwards: the characters nearest the quote matter most.
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a[index] === b[index]) index += 1;
  return index;
}

function commonSuffixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let count = 0;
  while (count < limit && a[a.length - 1 - count] === b[b.length - 1 - count]) count += 1;
  return count;
}
