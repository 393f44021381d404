import type { ClaimText } from './claim-text.js';
import { lexiconTags } from './name-lexicon.js';
import { citationAt } from './split-sentences.js';

/** Where the clause around token `index` begins: after a ";", ":", a quotation, or a clause word after a comma. */
export function clauseStart(ct: ClaimText, index: number): { start: number; starter: number | null } {
  const { tokens, lexicon } = ct;
  const sentence = ct.sentences[ct.sentenceOf[index]!]!;
  for (let at = index - 1; at >= sentence.tokenStart; at--) {
    const token = tokens[at]!;
    if (ct.quotationOf[at] !== -1) {
      // "a Castellan Research report, “The Cloud Cost Reckoning,” found that": a quoted title in an apposition is part of the subject.
      const quotation = ct.quotations[ct.quotationOf[at]!]!;
      const opening = tokenAt(ct, quotation.start);
      if (!(tokens[opening - 1]?.text === ',' && looksLikeTitle(ct.text.slice(quotation.contentStart, quotation.contentEnd)))) return { start: at + 1, starter: null };
      at = opening;
      continue;
    }
    if (token.text === ';' || token.text === ':') return { start: at + 1, starter: null };
    const afterComma = tokens[at - 1]?.text === ',';
    // "After the gruesome killing of ..., the teen hurried": before a noun phrase it is a preposition, and the clause began before it.
    if (at === sentence.tokenStart && PREPOSITION_STARTERS.has(token.lower) && NOUN_PHRASE_OPENERS.has(tokens[at + 1]?.lower ?? '')) continue;
    if (lexicon.clauseStarters.has(token.lower) && (afterComma || ['but', 'while', 'whereas', 'although', 'whenever'].includes(token.lower) || at === sentence.tokenStart)) {
      return { start: at + 1, starter: at };
    }
  }
  return { start: sentence.tokenStart, starter: null };
}

/** The first token index at or after character offset `offset`. */
export function tokenAt(ct: ClaimText, offset: number): number {
  let low = 0;
  let high = ct.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ct.tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether tokens[from..] start a clause: a finite verb comes within a few words, before any punctuation. */
export function looksLikeClause(ct: ClaimText, from: number, end: number): boolean {
  // "they plan to ...", "she wants ...": a subject pronoun and a word after it.
  if (SUBJECT_PRONOUNS.has(ct.tokens[from]?.lower ?? '') && from + 1 < end && ct.tokens[from + 1]!.isWord) return true;
  // "there’s little if any room", "there were few options".
  const there = ct.tokens[from];
  if (there?.lower === 'there' && (there.isPossessive || /['’](re|d|ll)$/.test(there.text) || ct.lexicon.finiteVerbs.has(ct.tokens[from + 1]?.lower ?? ''))) return true;
  // "no evidence supports ...", "the company plans ...": a determiner, a singular noun, then an -s verb.
  // "Apple employs about 450 Dreamers": a name and a third-person -s verb.
  const [named, afterName, beyond] = [ct.tokens[from], ct.tokens[from + 1], ct.tokens[from + 2]];
  if (named?.isCapitalized && named.isWord && !named.isPossessive && afterName && beyond && from + 2 < end && afterName.isWord && !afterName.isCapitalized && /[^sui'’]s$/.test(afterName.lower) && afterName.lower.length > 3 && (beyond.isWord || beyond.text === '$') && !lexiconTags(afterName.lower).includes('Noun') && !/(tions|sions|ments|ities|ians|ists|ers|ors)$/.test(afterName.lower) && !lexiconTags(beyond.lower).some((tag) => tag === 'Infinitive' || tag === 'PastTense' || tag === 'Modal')) return true;
  // "the typical single-family homeowner pays about $1,024": up to two modifiers between them.
  if (DETERMINERS.has(ct.tokens[from]?.lower ?? '')) {
    for (let verb = from + 2; verb <= Math.min(from + 4, end - 2); verb++) {
      const candidate = ct.tokens[verb]!;
      const next = ct.tokens[verb + 1]!;
      const between = ct.tokens.slice(from + 1, verb);
      if (!between.every((token) => token.isWord && !token.isCapitalized && !/s$/.test(token.lower) && !ct.lexicon.prepositions.has(token.lower) && !['and', 'or', 'of'].includes(token.lower))) break;
      if (candidate.isWord && !candidate.isCapitalized && /[^sui'’]s$/.test(candidate.lower) && !/(tions|sions|ments|ities|ians|ists)$/.test(candidate.lower) && candidate.lower.length > 3 && (next.isWord || next.text === '$') && !lexiconTags(candidate.lower).includes('Noun') && !lexiconTags(next.lower).some((tag) => tag === 'Infinitive' || tag === 'PastTense' || tag === 'Modal')) return true;
    }
  }
  let reach = 0;
  for (let index = from; index < Math.min(end, from + 12 + reach); index++) {
    const token = ct.tokens[index]!;
    // "the modified package, version 8.4.2, contained ...": a short apposition between commas.
    if (token.text === ',' && index > from && ct.quotationOf[index] === -1) {
      let close = -1;
      for (let at = index + 1; at <= Math.min(index + 5, ct.tokens.length - 1); at++) {
        if (ct.tokens[at]!.text === ',') {
          close = at;
          break;
        }
      }
      if (close > 0 && ct.tokens.slice(index + 1, close).every((other) => other.isWord || other.text === '.')) {
        reach += close - index + 1;
        index = close;
        continue;
      }
    }
    // "the release of the hostages “give[s] us hope for ...”": a quoted predicate after the subject.
    if (ct.quotationOf[index] !== -1 && index >= from + 2 && ct.quotations[ct.quotationOf[index]!]!.start === token.start) {
      const quotation = ct.quotations[ct.quotationOf[index]!]!;
      const quoted = ct.text.slice(quotation.contentStart, quotation.contentEnd);
      if (/^\p{Ll}/u.test(quoted) && quoted.split(/\s+/).length >= 4 && ct.tokens.slice(from, index).every((other) => other.isWord && !other.isCapitalized)) return true;
    }
    // "15,000 people registered": a thousands separator is part of the number.
    const inNumber = token.text === ',' && /^\d+$/.test(ct.tokens[index - 1]?.text ?? '') && /^\d{3}/.test(ct.tokens[index + 1]?.text ?? '') && ct.tokens[index - 1]!.end === token.start && token.end === ct.tokens[index + 1]!.start;
    if (inNumber) {
      reach += 2;
      continue;
    }
    // "Mr. Trump was": a title's period is part of the name.
    if (token.text === '.' && index > from && ct.lexicon.titles.has(ct.tokens[index - 1]!.lower) && ct.tokens[index - 1]!.end === token.start) continue;
    if (!token.isWord && ct.quotationOf[index] === -1 && token.text !== '-' && token.text !== '%' && token.text !== '(' && token.text !== ')') return false;
    // "sewage overflows also feed into ...": an adverb of the verb phrase stands right before its verb.
    if (index > from && VERB_ADVERBS.has(token.lower) && ct.tokens[index + 1]?.isWord) return true;
    // An -ed or -es word is a verb after a pronoun or a noun, not after a determiner ("the proposed plan").
    const previous = ct.tokens[index - 1]!;
    // "90,000 miles of cable": a word right after a number is the noun it counts.
    if (index > from && /^\d/.test(previous.text) && !ct.lexicon.finiteVerbs.has(token.lower)) continue;
    // "roads and bridges": an -es word after "and" or "or" is a noun coordinated with the one before.
    if (/es$/.test(token.lower) && ['and', 'or'].includes(ct.tokens[index - 1]?.lower ?? '') && !ct.lexicon.finiteVerbs.has(token.lower)) continue;
    // "Christie “didn’t fight hard enough”": a negated auxiliary is a verb, in quotation marks or not.
    if (index > from && /n['’]t$/.test(token.lower)) return true;
    // "Salinas beat Cartas", "the council began": an irregular past the lexicon knows, after a word that is no determiner.
    if (index > from && index <= from + 4 + reach && !token.isCapitalized && previous.isWord && !DETERMINERS.has(previous.lower) && lexiconTags(token.lower).includes('PastTense') && !lexiconTags(previous.lower).includes('Preposition')) return true;
    if (index > from && (ct.lexicon.finiteVerbs.has(token.lower) || (isVerbish(token.lower) && !token.isCapitalized && (index <= from + 4 + reach || afterPrepositionalPhrase(ct, from, index)) && previous.isWord && !DETERMINERS.has(previous.lower) && lexiconTags(previous.lower).every((tag) => tag !== 'Adjective' && tag !== 'Preposition')))) return true;
  }
  return false;
}

/**
 * "the attack by the 8-to-10 foot shark happened": a subject whose noun has a prepositional phrase
 * after it reaches its verb later than four words; the phrase must open on the second to fourth word.
 */
function afterPrepositionalPhrase(ct: ClaimText, from: number, verb: number): boolean {
  // Past forms only: a plural noun ending the phrase ("from the member states") looks like an -es verb.
  if (verb - from > 10 || !DETERMINERS.has(ct.tokens[from]!.lower) || !/ed$/.test(ct.tokens[verb]!.lower)) return false;
  for (let at = from + 2; at <= Math.min(from + 4, verb - 2); at++) {
    if (!SUBJECT_PREPOSITIONS.has(ct.tokens[at]!.lower)) continue;
    // Not "the allegations in a statement shared to its website": a participle of a reduced
    // relative clause most often has "to" or "by" after it, a finite verb rarely.
    if (['to', 'by'].includes(ct.tokens[verb + 1]?.lower ?? '')) return false;
    return ct.tokens.slice(at + 1, verb).every((token) => token.isWord || token.text === '-') && !DETERMINERS.has(ct.tokens[verb - 1]!.lower);
  }
  return false;
}

const SUBJECT_PREPOSITIONS = new Set(['of', 'by', 'in', 'at', 'on', 'from', 'with', 'for']);
const PREPOSITION_STARTERS = new Set(['after', 'before', 'since', 'until']);
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'years', 'months', 'weeks', 'days']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const VERB_ADVERBS = new Set(['also', 'still', 'never', 'often', 'already', 'really', 'actually', 'usually', 'rarely', 'always', 'mostly']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'no', 'every', 'each']);

// Past and third-person forms the finiteVerbs list lacks: an -ed or -s word whose stem is a known verb.
function isVerbish(word: string): boolean {
  return /(ed|es)$/.test(word) && word.length > 4;
}

/** The character offset where a content span ending at the sentence's last token should stop (before its final period). */
export function contentEndOfSentence(ct: ClaimText, sentenceIndex: number): number {
  const sentence = ct.sentences[sentenceIndex]!;
  let last = sentence.tokenEnd - 1;
  for (;;) {
    if (last > sentence.tokenStart && ['.', '!', '?', ','].includes(ct.tokens[last]!.text) && ct.quotationOf[last] === -1) last--;
    // A reference mark ending the sentence ("…[12]") is the page's, not the source's words.
    else if (last - 2 > sentence.tokenStart && citationAt(ct.tokens, last - 2) === 3) last -= 3;
    else break;
  }
  return ct.tokens[last]!.end;
}

/** The first finite or reporting verb after a sentence's first word (where its subject ends), or `end`. */
export function firstVerb(ct: ClaimText, start: number, end: number): number {
  for (let index = start + 1; index < end; index++) {
    const lower = ct.tokens[index]!.lower;
    if (ct.quotationOf[index] !== -1) continue;
    if (ct.lexicon.finiteVerbs.has(lower) || ct.lexicon.speechVerbs.has(lower) || ct.lexicon.evidenceVerbs.has(lower) || ct.lexicon.judgmentVerbs.has(lower)) return index;
    if (!ct.tokens[index]!.isCapitalized && index > start + 1 && (/ed$/.test(lower) || lexiconTags(lower).some((tag) => tag === 'PastTense' || tag === 'PresentTense' || tag === 'Copula' || tag === 'Modal'))) return index;
  }
  return end;
}

/** A quoted title ("Cold Arithmetic: A Life of Adela Mercer"): most words capitalised, no sentence's end. */
export function looksLikeTitle(content: string): boolean {
  // A comma inside the marks is American style ("“The Cloud Cost Reckoning,” found"), not a sentence's end.
  const trimmed = content.trim().replace(/,$/, '');
  // A comma inside or a lower-case "is", "was", "will" ... makes it a sentence: “While the United States is loved, ...,”.
  if (/[.!?]$/.test(trimmed) || trimmed.includes(',') || /\s(is|are|was|were|has|have|had|will|would|can|could|should|must|do|does|did|not)\s/.test(` ${trimmed} `)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const long = words.filter((word) => word.length > 3);
  return long.length >= 2 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.75;
}

/** The end of a quotation that opens inside [from, to) and closes after `to` (its closing marks stay in a content), or `to`. */
export function quotationEndInside(ct: ClaimText, from: number, to: number): number {
  let end = to;
  for (const quotation of ct.quotations) if (quotation.start >= from && quotation.start < to && quotation.end > end) end = quotation.end;
  return end;
}

/** Whether a quotation stands whole inside the character range [from, to] (a content with quoted words is mixed). */
export function hasQuotation(ct: ClaimText, from: number, to: number): boolean {
  return ct.quotations.some((quotation) => quotation.start >= from && quotation.end <= to + 1);
}

const FINITE_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal']);

/**
 * Where a reported clause that is part of a subject (or of a relative clause in one) ends: at the next comma, dash or semicolon
 * after its own verb, or before a second verb that follows a noun ("... the whistleblower’s name
 * is as hard to believe"). Null when it runs to the sentence's end.
 */
export function embeddedClauseEnd(ct: ClaimText, from: number, sentenceEnd: number): number | null {
  const { tokens, lexicon } = ct;
  let verb = -1;
  for (let at = from; at < sentenceEnd; at++) {
    const token = tokens[at]!;
    if (ct.quotationOf[at] !== -1 || (token.isCapitalized && verb === -1)) continue;
    const tags = lexiconTags(token.lower);
    const isVerb = lexicon.finiteVerbs.has(token.lower) || /n['’]t$/.test(token.lower) || tags.some((tag) => FINITE_TAGS.has(tag));
    if (verb === -1) {
      // "he never read the contract": a base form after the subject is the clause's verb too.
      if ((isVerb || tags.includes('Infinitive') || /ed$/.test(token.lower)) && at > from && !DETERMINERS.has(tokens[at - 1]!.lower)) verb = at;
      continue;
    }
    if ([',', ';', '—', '–', '('].includes(token.text)) return tokens[at - 1]!.end;
    const previous = tokens[at - 1]!;
    const afterNoun = previous.isWord && !lexicon.finiteVerbs.has(previous.lower) && lexiconTags(previous.lower).every((tag) => !['Determiner', 'Preposition', 'Pronoun', 'Adverb', 'Conjunction', 'Modal', 'Copula', 'PastTense', 'PresentTense', 'Adjective'].includes(tag)) && !['that', 'which', 'who', 'to', 'and', 'or', 'not'].includes(previous.lower);
    if (isVerb && afterNoun && !token.isCapitalized) return previous.end;
  }
  return null;
}
