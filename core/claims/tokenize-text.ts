import type { TextToken } from './text-token.js';

// A word keeps inner apostrophes, hyphens, periods and ampersands (don’t, Shadlen's, Ph.D, U.S,
// AT&T, 1.7.x) but never ends in one, so a sentence's final period is a token of its own.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-.&]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/i;

/** The words and punctuation marks of a text, in order, with their offsets. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const isWord = /^[\p{L}\p{N}]/u.test(value);
    const isPossessive = isWord && POSSESSIVE.test(value);
    const lower = (isPossessive ? value.slice(0, -2) : value).toLowerCase();
    tokens.push({ start: match.index, end: match.index + value.length, text: value, lower, isWord, isCapitalized: /^\p{Lu}/u.test(value), isPossessive });
  }
  return tokens;
}
