import type { ClaimText } from './claim-text.js';
import { clauseStart, firstVerb, tokenAt } from './clause-tools.js';
import type { RawClaim } from './raw-claim.js';
import { canSpeak, pronounPhrase, readSourcePhrase } from './read-source-phrase.js';
import type { SourcePhrase } from './source-phrase.js';

/*
 * Quotations without quotation marks: a paragraph that ends in a colon after a source ("One
 * commenter, Bruce Van Horn, noted that ...:", "According to the Mozilla Foundation:", "Alan
 * Goodale wrote on December 24, 2020 at 3:53 am:") introduces the next paragraph as its words, and
 * a list introduced so ("we will:" then items ending in ";") runs on while each paragraph ends in a
 * colon, a semicolon or "and"; a list of items with no full stop ("Obama also said:" then "The UK
 * must stay in the EU ...") is one claim per item. A paragraph that opens with a person's name and a colon
 * ("Stephens: We are ...") is an interview's answer. A colon after anything else (a heading,
 * "Reminder:") says nothing of a source, so the source must be a name or a description with a
 * reporting verb or "according to" in the same sentence.
 */

const MAX_LIST_PARAGRAPHS = 12;

/** Block quotations introduced by a colon, and "Name: words" paragraphs. */
export function findBlockClaims(ct: ClaimText): RawClaim[] {
  const { tokens, lexicon, text } = ct;
  const claims: RawClaim[] = [];
  const paragraphs = paragraphRanges(text);
  paragraphs.forEach(([start, end], index) => {
    const next = paragraphs[index + 1];
    const trimmed = text.slice(start, end).trimEnd();
    // "Name: words".
    const colon = trimmed.indexOf(': ');
    if (colon > 0 && colon < 40) {
      const from = tokenAt(ct, start);
      const to = tokenAt(ct, start + colon);
      const source = to - from <= 4 ? readSourcePhrase(ct, from, to) : null;
      if (source && source.form === 'name' && source.type === 'person' && source.start === tokens[from]!.start) {
        claims.push({ start: start + colon + 2, end: start + trimmed.length, source, cue: ':', kind: 'direct', confidence: 0.6 });
      }
    }
    if (!trimmed.endsWith(':') || !next || /^[“"«„]/.test(text.slice(next[0], next[0] + 1))) return;
    const last = tokenAt(ct, start + trimmed.length - 1);
    const sentence = ct.sentences[ct.sentenceOf[last]!]!;
    let source = null;
    let cue = ':';
    for (let at = sentence.tokenStart; at < last; at++) {
      const lower = tokens[at]!.lower;
      if (lower === 'according' && tokens[at + 1]?.lower === 'to') {
        source = readSourcePhrase(ct, at + 2, last);
        cue = 'according to';
        break;
      }
      // A verb in a relative clause ("a program that adds two numbers:") has no source for a subject.
      if (lexicon.speechVerbs.has(lower) && ct.quotationOf[at] === -1 && at > sentence.tokenStart && !lexicon.relatives.has(tokens[at - 1]!.lower) && !(lower === 'add' && tokens[at + 1]?.lower === 'up')) {
        source = readSourcePhrase(ct, sentence.tokenStart, at);
        cue = tokens[at]!.text;
        break;
      }
    }
    // "Of course, Marco jumps in, and predictably, he’s snippy:", "She is still trying:": with no
    // cue, a person as the subject of the colon's clause introduces their words (a quoted post,
    // a block quotation the page kept without marks), less surely.
    let confidence = 0.6;
    if (!source) {
      source = colonSubject(ct, sentence.tokenStart, last);
      confidence = 0.5;
      if (!source || looksLikeCode(text.slice(next[0], next[1])) || text.slice(next[0], next[1]).trim().split(/\s+/).length < 4) return;
      claims.push({ start: next[0], end: text.slice(0, next[1]).trimEnd().length, source, cue: ':', kind: 'direct', confidence });
      return;
    }
    if (source.form === 'pronoun' || looksLikeCode(text.slice(next[0], next[1]))) return;
    // Someone or something that speaks, not "the task states" or "Piling all these requirements ... can add up to":
    if (!canSpeak(ct, source)) return;
    // A bulleted list ("President Obama also said:" then items with no full stop): one claim per item.
    const isItem = (range: [number, number]): boolean => {
      const item = text.slice(range[0], range[1]).trim();
      return item.length > 0 && !/[.!?:;]$/.test(item) && item.split(/\s+/).length <= 40 && !/^[“"«„]/.test(item);
    };
    if (isItem(next)) {
      for (let follow = index + 1; follow < Math.min(paragraphs.length, index + 1 + MAX_LIST_PARAGRAPHS) && isItem(paragraphs[follow]!); follow++) {
        const [itemStart, itemEnd] = paragraphs[follow]!;
        claims.push({ start: itemStart, end: text.slice(0, itemEnd).trimEnd().length, source, cue, kind: 'indirect', confidence: 0.55 });
      }
      return;
    }
    let contentEnd = next[1];
    for (let follow = index + 1; follow < Math.min(paragraphs.length - 1, index + MAX_LIST_PARAGRAPHS); follow++) {
      const paragraph = text.slice(paragraphs[follow]![0], paragraphs[follow]![1]).trimEnd();
      if (!/(:|;|; and|, and)$/.test(paragraph)) break;
      contentEnd = paragraphs[follow + 1]![1];
    }
    claims.push({ start: next[0], end: text.slice(0, contentEnd).trimEnd().length, source, cue, kind: 'direct', confidence });
  });
  return claims;
}

/**
 * The person who is the subject of the last clause before a colon (a name, or "he", "she",
 * "they" to resolve), or null: not a thing ("The rules are:"), not the writer ("Then we get:").
 */
function colonSubject(ct: ClaimText, sentenceStart: number, colon: number): SourcePhrase | null {
  const { tokens } = ct;
  const from = Math.max(clauseStart(ct, colon).start, sentenceStart);
  // "predictably, he’s snippy": a subject and its verb in one token.
  for (let at = from; at < colon; at++) {
    const contracted = /^(he|she|they)['’](s|re)$/.exec(tokens[at]!.text.toLowerCase());
    if (contracted) return pronounPhrase(ct, tokens[at]!, contracted[1]!);
  }
  // A verb the lexicon does not know ("Samantha basically abases herself") leaves the whole clause: the name must open it then.
  const verb = firstVerb(ct, from, colon);
  const source = verb > from ? readSourcePhrase(ct, from, verb) : null;
  if (!source) return null;
  if (source.form === 'pronoun') return ['he', 'she', 'they'].includes(source.text.toLowerCase()) ? source : null;
  // The name opens the clause, after any adverbial set off by a comma ("To a first approximation,
  // the top ten companies supporting LibreOffice are:" names no speaker), and a predicate follows
  // it ("'GMA' Cookie Search:" is a heading).
  let subjectStart = from;
  for (let at = from; at < verb; at++) if (tokens[at]!.text === ',') subjectStart = at + 1;
  const predicate = tokens.slice(tokenAt(ct, source.end), colon).some((token) => token.isWord && !token.isCapitalized);
  // A name the lexicon does not know as a person's must be more than one unknown capitalised word ("Atmospheric composition:").
  const named = source.type === 'person' || (source.type === 'unknown' && (source.text.includes(' ') || ct.innerCapitals.has(source.text.toLowerCase())));
  return source.form === 'name' && named && source.start === tokens[subjectStart]?.start && predicate ? source : null;
}

/** Whether a paragraph reads as program text (braces, semicolons, comment marks) rather than words someone said. */
function looksLikeCode(paragraph: string): boolean {
  const marks = paragraph.match(/[{}();<>=#/\\[\]]/g)?.length ?? 0;
  return marks / Math.max(1, paragraph.length) > 0.05;
}

/** [start, end) of each paragraph (textblock) of a canonical text. */
function paragraphRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n\n', start);
    ranges.push([start, end < 0 ? text.length : end]);
    if (end < 0) return ranges;
    start = end + 2;
  }
}
