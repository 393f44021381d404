import type { TextToken } from './text-token.js';

// A word keeps inner apostrophes, hyphens, periods and ampersands (don’t, Shadlen's, Ph.D, U.S,
// AT&T, 1.7.x) but never ends in one, so a sentence's final period is a token of its own.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-.&]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The words and punctuation marks of a text, in order, with their offsets. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let skipTo = -1;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index < skipTo) continue;
    let value = match[0];
    // "Edmunds' executive director": a name's plural-form possessive keeps its apostrophe (one token, like "Mozilla's").
    if (/^\p{Lu}.*s$/u.test(value) && value.length > 2 && /^['’]\s+\p{L}/u.test(text.slice(match.index + value.length, match.index + value.length + 3))) {
      value += text[match.index + value.length];
      skipTo = match.index + value.length;
    }
    // A token of two or more characters is always a word (the pattern's first branch).
    const isWord = value.length > 1 || WORD_CHAR.test(value);
    const pluralPossessive = /s['’]$/.test(value);
    const isPossessive = isWord && value.length > 2 && (pluralPossessive || ((value.charCodeAt(value.length - 2) === 39 || value.charCodeAt(value.length - 2) === 0x2019) && (value.endsWith('s') || value.endsWith('S'))));
    const lower = (isPossessive ? value.slice(0, pluralPossessive ? -1 : -2) : value).toLowerCase();
    const first = value[0]!;
    const isCapitalized = isWord && first !== first.toLowerCase();
    tokens.push({ start: match.index, end: match.index + value.length, text: value, lower, isWord, isCapitalized, isPossessive });
  }
  return tokens;
}
