import { foldText } from './fold-text.js';

/** At most this many terms are looked for, as buildMatchQuery sends at most this many to FTS5. */
const MAX_TERMS = 32;
/** A last term shorter than this is matched whole (as in buildMatchQuery). */
const MIN_PREFIX_LENGTH = 2;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Where a word matched: offsets (UTF-16 code units) into the text. */
export interface TermMatch {
  start: number;
  end: number;
}

/**
 * The words of `text` that a search for `query` matches, by the search index's own rule
 * (build-match-query.ts and the unicode61 tokenizer): words are runs of letters and digits,
 * compared with case and diacritics folded; the last term also matches as a prefix while it is
 * being typed (no trailing space). Every word that matches any term is returned, in text order.
 */
export function findTermMatches(text: string, query: string): TermMatch[] {
  const terms = query.normalize('NFC').match(WORD)?.slice(0, MAX_TERMS) ?? [];
  if (terms.length === 0) return [];
  const whole = new Set(terms.map(foldText));
  const last = terms[terms.length - 1]!;
  const prefix = !/\s$/u.test(query) && [...last].length >= MIN_PREFIX_LENGTH ? foldText(last) : null;
  const matches: TermMatch[] = [];
  for (const word of text.matchAll(WORD)) {
    const folded = foldText(word[0]);
    if (whole.has(folded) || (prefix !== null && folded.startsWith(prefix))) matches.push({ start: word.index, end: word.index + word[0].length });
  }
  return matches;
}
