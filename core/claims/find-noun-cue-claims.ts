import type { ClaimText } from './claim-text.js';
import { contentEndOfSentence, embeddedClauseEnd, hasQuotation, looksLikeClause, quotationEndInside } from './clause-tools.js';
import { lexiconTags } from './name-lexicon.js';
import type { RawClaim } from './raw-claim.js';
import type { SourcePhrase } from './source-phrase.js';
import { pronounPhrase, readSourcePhrase } from './read-source-phrase.js';

/*
 * A statement named by a noun: "Netanyahu’s declaration that there would be no Palestinian state",
 * "his often-repeated vow that Britain would leave the EU". Only with a possessor, who is the
 * source ("the claim that ..." names nobody), and only with "that" and a clause after it (not
 * "Trump’s claim to the title"). The noun phrase is often the sentence's subject, so the content
 * stops where the main clause's verb comes back ("... his watch makes that more difficult").
 */

const STATEMENT_NOUNS = new Set(['claim', 'assertion', 'admission', 'announcement', 'declaration', 'vow', 'pledge', 'promise', 'insistence', 'warning', 'allegation', 'contention', 'argument', 'statement', 'suggestion', 'testimony', 'acknowledgement', 'acknowledgment', 'prediction', 'boast', 'confirmation', 'complaint', 'charge']);
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
// Words between the possessor and the noun: "Schiff’s own doubling-down admission", "Mr. Trump’s Oct. 11 announcement".
const MAX_MODIFIERS = 4;

/** "X's NOUN that CLAUSE" attributions. */
export function findNounCueClaims(ct: ClaimText): RawClaim[] {
  const { tokens } = ct;
  const claims: RawClaim[] = [];
  for (let index = 1; index + 2 < tokens.length; index++) {
    const noun = tokens[index]!;
    if (!STATEMENT_NOUNS.has(noun.lower) || noun.isCapitalized || tokens[index + 1]!.lower !== 'that' || ct.quotationOf[index] !== -1) continue;
    const sentenceIndex = ct.sentenceOf[index]!;
    const sentence = ct.sentences[sentenceIndex]!;
    const possessor = possessorBefore(ct, index, sentence.tokenStart);
    if (possessor === -1) continue;
    const from = index + 2;
    if (!looksLikeClause(ct, from, sentence.tokenEnd)) continue;
    const source = sourceOf(ct, possessor, sentence.tokenStart);
    if (!source) continue;
    const start = tokens[from]!.start;
    const end = embeddedClauseEnd(ct, from, sentence.tokenEnd) ?? contentEndOfSentence(ct, sentenceIndex);
    const to = quotationEndInside(ct, start, end);
    claims.push({ start, end: to, source, cue: noun.text, kind: hasQuotation(ct, start, to) ? 'mixed' : 'indirect', confidence: 0.6 });
  }
  return claims;
}

/** The possessive token (a name's "’s" or his/her/their/its) a few words before the noun, or -1. */
function possessorBefore(ct: ClaimText, noun: number, sentenceStart: number): number {
  for (let at = noun - 1; at >= Math.max(sentenceStart, noun - 1 - MAX_MODIFIERS); at--) {
    const token = ct.tokens[at]!;
    if (token.isPossessive && token.isCapitalized) return at;
    if (POSSESSIVE_PRONOUNS[token.lower] !== undefined) return at;
    // A determiner or punctuation between them: "the company’s ... the claim that" is not its claim.
    if (!token.isWord && token.text !== '-' && token.text !== '.') return -1;
    if (['the', 'a', 'an', 'this', 'that', 'these', 'those'].includes(token.lower)) return -1;
  }
  return -1;
}

function sourceOf(ct: ClaimText, possessor: number, sentenceStart: number): SourcePhrase | null {
  const token = ct.tokens[possessor]!;
  const pronoun = POSSESSIVE_PRONOUNS[token.lower];
  if (pronoun) {
    const phrase = pronounPhrase(ct, token, pronoun);
    return phrase ? { ...phrase, start: token.start, end: token.end } : null;
  }
  // The name's words: capitalised ones (and a title's period) back from the possessive.
  let start = possessor;
  while (start > sentenceStart) {
    const previous = ct.tokens[start - 1]!;
    if (previous.isWord && previous.isCapitalized && !previous.isPossessive) start--;
    else if (previous.text === '.' && ct.tokens[start - 2]?.isCapitalized && (ct.tokens[start - 2]?.text.length ?? 9) <= 4) start--;
    else break;
  }
  // "Despite Mr. Trump’s": a capitalised preposition opening the sentence is not part of the name.
  while (start < possessor && lexiconTags(ct.tokens[start]!.lower).includes('Preposition')) start++;
  const phrase = readSourcePhrase(ct, start, possessor + 1);
  return phrase && phrase.form === 'name' ? phrase : null;
}
