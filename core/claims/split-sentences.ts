import type { Sentence } from './sentence.js';
import type { TextToken } from './text-token.js';

/*
 * Sentence ends: ".", "!", "?" or "…" (with any closing quotes and brackets after it) followed by
 * a capital, a digit or an opening mark, unless the word before the period is an abbreviation or
 * an initial ("Dr.", "Mortimer B. Zuckerman", "U.S."); and always a line or paragraph break. The
 * trade: "in the U.S. The next day" stays one sentence, which costs less than cutting every
 * "Dr. Shadlen" in two (a source cut off from its cue).
 */

const ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']', '»']);
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc ltd co corp vs etc no fig jan feb mar apr jun jul aug sep sept oct nov dec approx dept univ rev hon'.split(' '),
);

/** The sentences of a text, from its tokens (tokenizeText). */
export function splitSentences(text: string, tokens: readonly TextToken[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  const push = (last: number): void => {
    if (last < first) return;
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, tokenStart: first, tokenEnd: last + 1, paragraph });
    first = last + 1;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (!next) break;
    const between = text.slice(token.end, next.start);
    if (between.includes('\n')) {
      push(index);
      if (between.includes('\n\n')) paragraph += between.split('\n\n').length - 1;
      continue;
    }
    if (!ENDS.has(token.text) || isAbbreviation(tokens[index - 1], token)) continue;
    let last = index;
    for (;;) {
      if (tokens[last + 1] && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
      // A reference mark after the period ("… in 1950.[5] The finding …", Wikipedia's) belongs to the sentence it ends.
      else if (citationAt(tokens, last + 1) > 0 && tokens[last + 1]!.start === tokens[last]!.end) last += citationAt(tokens, last + 1);
      else break;
    }
    const after = tokens[last + 1];
    if (!after || after.start === tokens[last]!.end) continue;
    if (text.slice(tokens[last]!.end, after.start).includes('\n')) continue;
    if (/^[\p{Lu}\p{N}“"‘'(«\[]/u.test(after.text)) {
      push(last);
      index = last;
    }
  }
  if (first < tokens.length) push(tokens.length - 1);
  return sentences;
}

/** How many tokens a reference mark ("[5]", "[12]", "[a]") takes at `index`, or 0. */
export function citationAt(tokens: readonly TextToken[], index: number): number {
  const open = tokens[index];
  const inside = tokens[index + 1];
  const close = tokens[index + 2];
  if (open?.text !== '[' || !inside || close?.text !== ']') return 0;
  return /^(\d{1,3}|[a-z])$/.test(inside.text) && open.end === inside.start && inside.end === close.start ? 3 : 0;
}

function isAbbreviation(word: TextToken | undefined, period: TextToken): boolean {
  if (!word || !word.isWord || word.end !== period.start || period.text !== '.') return false;
  if (ABBREVIATIONS.has(word.lower)) return true;
  // An initial (B.) or a dotted abbreviation (U.S., Ph.D., e.g.).
  return /^\p{Lu}$/u.test(word.text) || word.text.includes('.');
}
