import type { ClaimText } from './claim-text.js';
import { contentEndOfSentence, firstVerb, hasQuotation, quotationEndInside } from './clause-tools.js';
import type { RawClaim } from './raw-claim.js';
import { readSourcePhrase } from './read-source-phrase.js';

/**
 * "According to SOURCE, CONTENT.", "CONTENT, according to SOURCE." and "SUBJECT, according to
 * SOURCE, PREDICATE." without quotation marks
 * (with them, find-direct-claims.ts has it). The source runs to the next comma or the sentence end.
 */
export function findAccordingToClaims(ct: ClaimText): RawClaim[] {
  const { tokens } = ct;
  const claims: RawClaim[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    if (tokens[index]!.lower !== 'according' || tokens[index + 1]!.lower !== 'to' || ct.quotationOf[index] !== -1) continue;
    const sentenceIndex = ct.sentenceOf[index]!;
    const sentence = ct.sentences[sentenceIndex]!;
    let comma = index + 2;
    while (comma < sentence.tokenEnd && ![',', '.', ':', ';'].includes(tokens[comma]!.text)) comma++;
    const source = readSourcePhrase(ct, index + 2, comma);
    if (!source) continue;
    if (index === sentence.tokenStart && tokens[comma]?.text === ',') {
      const from = tokens[comma + 1];
      // A quotation right after the comma is a direct claim, found elsewhere.
      if (!from || ct.quotationOf[comma + 1] !== -1) continue;
      const to = Math.max(contentEndOfSentence(ct, sentenceIndex), quotationEndInside(ct, from.start, contentEndOfSentence(ct, sentenceIndex)));
      claims.push({ start: from.start, end: to, source, cue: 'according to', kind: hasQuotation(ct, from.start, to) ? 'mixed' : 'indirect', confidence: 0.75 });
    } else if (index > sentence.tokenStart && tokens[index - 1]?.text === ',' && tokens[comma]?.text === ',' && comma + 3 < sentence.tokenEnd && firstVerb(ct, comma, sentence.tokenEnd) === comma + 1 && ct.quotationOf[index - 2] === -1 && !tokens.slice(sentence.tokenStart, index).some((token) => token.text === ',' && token !== tokens[index - 1])) {
      // "The goal, according to the change log, is to provide ...": set off inside the clause, the
      // source stands for the whole sentence (one span, the cue inside it). The predicate follows the
      // second comma; an apposition there (", a research firm") is the source's, as below.
      const to = contentEndOfSentence(ct, sentenceIndex);
      claims.push({ start: tokens[sentence.tokenStart]!.start, end: to, source, cue: 'according to', kind: 'indirect', confidence: 0.65 });
    } else if (index > sentence.tokenStart + 3 && tokens[index - 1]?.text === ',' && ct.quotationOf[index - 2] === -1) {
      // "Amazon is finding success with its own brands — it had more than 100, according to Coresight": the content starts after the dash.
      let start = sentence.tokenStart;
      for (let at = index - 3; at > sentence.tokenStart; at--) {
        if (['—', '–', ';'].includes(tokens[at]!.text) && ct.quotationOf[at] === -1) {
          start = at + 1;
          break;
        }
      }
      claims.push({ start: tokens[start]!.start, end: tokens[index - 2]!.end, source, cue: 'according to', kind: 'indirect', confidence: 0.7 });
    }
  }
  return claims;
}
