import type { ClaimText } from './claim-text.js';
import { contentEndOfSentence } from './clause-tools.js';
import type { RawClaim } from './raw-claim.js';

/*
 * A block quotation whose marks the page did not keep: a paragraph in the first person ("I've
 * been building relationships ... for years") with no quotation marks and no cue, right after a
 * paragraph whose last claim is a named person's, in a story the writer tells in the third
 * person. News pages set long quotations as <blockquote> without marks, and text extraction keeps
 * only the paragraph; the speaker is the one just reported. The writer's own first person is told
 * apart by the paragraph before: if that one speaks as "I" or "we" too, so does the writer; and
 * a first person after a quotation is as often the writer answering it, so only reported speech counts.
 */

const MIN_WORDS = 12;

/** Unmarked block quotations, given the claims the other rules found. */
export function findUnmarkedQuotations(ct: ClaimText, claims: readonly RawClaim[]): RawClaim[] {
  const paragraphs = paragraphSentences(ct);
  const found: RawClaim[] = [];
  for (let index = 1; index < paragraphs.length; index++) {
    const sentences = paragraphs[index]!;
    const previous = paragraphs[index - 1]!;
    if (sentences.length === 0 || previous.length === 0) continue;
    const first = ct.sentences[sentences[0]!]!;
    const last = ct.sentences[sentences[sentences.length - 1]!]!;
    const before = { start: ct.sentences[previous[0]!]!.start, end: ct.sentences[previous[previous.length - 1]!]!.end };
    if (last.tokenEnd - first.tokenStart < MIN_WORDS) continue;
    if (hasQuotationMarks(ct, first.tokenStart, last.tokenEnd) || !speaksInFirstPerson(ct, first.tokenStart, first.tokenEnd)) continue;
    if (speaksInFirstPerson(ct, ct.sentences[previous[0]!]!.tokenStart, ct.sentences[previous[previous.length - 1]!]!.tokenEnd)) continue;
    if (claims.some((claim) => claim.start < last.end && first.start < claim.end)) continue;
    const speaker = claims.filter((claim) => claim.start >= before.start && claim.end <= before.end).sort((a, b) => b.start - a.start)[0];
    if (!speaker || !(speaker.source.form === 'name' || (speaker.source.form === 'pronoun' && speaker.source.type === 'person'))) continue;
    // The speaker is the one just reported, in the paragraph's last two sentences, in the writer's
    // words: after a quotation, a first person is as often the writer answering it.
    const recent = ct.sentences[previous[Math.max(0, previous.length - 2)]!]!.start;
    if (speaker.start < recent || speaker.kind === 'direct') continue;
    if (speaker.source.type !== 'person' && speaker.source.type !== 'unknown') continue;
    found.push({ start: first.start, end: contentEndOfSentence(ct, sentences[sentences.length - 1]!), source: speaker.source, cue: speaker.cue, kind: 'direct', confidence: 0.45 });
  }
  return found;
}

/** The sentence indexes of each paragraph, by paragraph index. */
function paragraphSentences(ct: ClaimText): number[][] {
  const paragraphs: number[][] = [];
  ct.sentences.forEach((sentence, index) => {
    (paragraphs[sentence.paragraph] ??= []).push(index);
  });
  return Array.from(paragraphs, (sentences) => sentences ?? []);
}

function hasQuotationMarks(ct: ClaimText, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (ct.quotationOf[at] !== -1 || ['"', '“', '”'].includes(ct.tokens[at]!.text)) return true;
  return false;
}

/** Whether tokens[from, to) say "I" or "we" (or "I've", "we're") outside quotation marks. */
function speaksInFirstPerson(ct: ClaimText, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const token = ct.tokens[at]!;
    if (!token.isWord || ct.quotationOf[at] !== -1) continue;
    // "US" is the country.
    if ((ct.lexicon.firstPerson.has(token.lower) && token.text !== 'US') || /^(i|we)['’]/.test(token.lower)) return true;
  }
  return false;
}
