import approxSearch from 'approx-string-match';
import type { TextQuoteSelector } from '../model/highlight.js';

/*
 * Scoring, in the spirit of Hypothesis's match-quote.ts: a candidate's score is a weighted sum of
 * how well the quote matches (1 - errors / quote length), how well the stored prefix and suffix
 * match the text around it, and how near it is to the old position.
 * - The quote weighs most: a place that holds the quote exactly beats any context.
 * - The prefix and the suffix weigh the same and much more than the position, because after an
 *   edit the old offset is stale while the words around the quote usually are not.
 * - The position only breaks ties between equally good candidates, in favour of the nearest.
 */
/** Weight of how much of the quote matches. */
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
/**
 * Most edits (insertions, deletions, substitutions) a fuzzy match may have: half the quote, at
 * most 256, as Hypothesis allows. More would let a short quote "match" almost any text; the cap
 * keeps the bit-parallel search (cost grows with errors / 32) fast on long quotes.
 */
export const MAX_QUOTE_ERRORS = 256;
/**
 * Lowest score (as a share of the best possible) a fuzzy match needs. Half the quote wrong with an
 * unrelated context scores about 0.45; a quote with a few words changed and its context intact
 * scores above 0.85; a changed quote with changed context still reaches about 0.65. 0.6 keeps the
 * edited quotes and reports the merely similar text as orphaned.
 */
export const MIN_FUZZY_SCORE = 0.6;

const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** A place where a quote was found, with its score (higher is better; at most 1). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
  /** Edits between the quote and the text found (0 for an exact occurrence). */
  errors: number;
}

/**
 * Finds the best place for a quote in a text, using its context and the old start offset as hints:
 * exact occurrences first, then approximate ones (an edited quote); null when nothing is close enough.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hintStart: number): QuoteMatch | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  let best: QuoteMatch | null = null;
  let examined = 0;
  for (let start = text.indexOf(exact); start !== -1 && examined < MAX_CANDIDATES; start = text.indexOf(exact, start + 1)) {
    examined += 1;
    const match = scoreCandidate(text, quote, { start, end: start + exact.length, errors: 0 }, hintStart);
    if (best === null || match.score > best.score) best = match;
  }
  if (best !== null) return best;
  const maxErrors = Math.min(MAX_QUOTE_ERRORS, Math.floor(exact.length / 2));
  if (maxErrors === 0) return null;
  for (const candidate of approxSearch(text, exact, maxErrors).slice(0, MAX_CANDIDATES)) {
    const match = scoreCandidate(text, quote, snapToWords(text, exact, candidate), hintStart);
    if (match.score >= MIN_FUZZY_SCORE && (best === null || match.score > best.score)) best = match;
  }
  return best;
}

/** Longest stretch a fuzzy match's end is moved to reach a word boundary. */
const MAX_SNAP = 24;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Widens a fuzzy match that begins or ends inside a word to the whole word, when the quote itself
 * begins or ends with a word: the cheapest alignment of "lambasted" with "criticised" starts at
 * "iticised", and a highlight of a clipped word is not what the reader marked.
 */
function snapToWords(text: string, quote: string, match: { start: number; end: number; errors: number }): { start: number; end: number; errors: number } {
  let { start, end } = match;
  const isWord = (index: number): boolean => index >= 0 && index < text.length && WORD_CHARACTER.test(text[index]!);
  if (WORD_CHARACTER.test(quote[0]!)) for (let steps = 0; steps < MAX_SNAP && isWord(start - 1) && isWord(start); steps += 1) start -= 1;
  if (WORD_CHARACTER.test(quote.at(-1)!)) for (let steps = 0; steps < MAX_SNAP && isWord(end - 1) && isWord(end); steps += 1) end += 1;
  return { start, end, errors: match.errors };
}

function scoreCandidate(text: string, quote: TextQuoteSelector, candidate: { start: number; end: number; errors: number }, hintStart: number): QuoteMatch {
  const { start, end, errors } = candidate;
  const quoteScore = 1 - errors / quote.exact.length;
  const prefixScore = contextScore(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start), errors === 0 ? 'end' : 'fuzzy');
  const suffixScore = contextScore(quote.suffix, text.slice(end, end + quote.suffix.length), errors === 0 ? 'start' : 'fuzzy');
  const positionScore = 1 - Math.min(1, Math.abs(start - hintStart) / Math.max(1, text.length));
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return { start, end, errors, score: raw / MAX_SCORE };
}

/**
 * How much of the stored context (0-1) the text beside a candidate keeps. Next to an exact
 * occurrence it is compared from the quote outwards (the nearest characters matter most, and it is
 * cheap); next to a fuzzy one, where the boundary itself may have shifted, by edit distance.
 */
function contextScore(stored: string, found: string, mode: 'end' | 'start' | 'fuzzy'): number {
  if (stored.length === 0) return 1;
  if (found.length === 0) return 0;
  if (mode === 'end') return commonSuffixLength(stored, found) / stored.length;
  if (mode === 'start') return commonPrefixLength(stored, found) / stored.length;
  const [closest] = approxSearch(found, stored, stored.length);
  return closest === undefined ? 0 : Math.max(0, 1 - closest.errors / stored.length);
}

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
