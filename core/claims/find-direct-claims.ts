import type { ClaimText } from './claim-text.js';
import { clauseStart, firstVerb, looksLikeTitle, tokenAt } from './clause-tools.js';
import { lexiconTags } from './name-lexicon.js';
import type { Quotation } from './quotation.js';
import type { RawClaim } from './raw-claim.js';
import { canSpeak, namePhrase, nameRuns, readSourcePhrase } from './read-source-phrase.js';
import type { SourcePhrase } from './source-phrase.js';

/*
 * Direct quotations and their sources, tried in this order for each quotation:
 * 1. a cue after it in its sentence: “…,” he said / “…,” says Katie Allen, MD / “…” Dr. Shadlen says;
 * 2. a cue before it: Putin said: “…” / According to RedMonk’s Stephens, “…” / In Dr. Shadlen's
 *    words, “…” / a clause with its subject ending in a colon ("Rachel Stephens ... shared her
 *    perspective on these findings: “…”");
 * 3. an attribution line: a quotation that is a whole paragraph, followed by a short paragraph
 *    that is a name ("Michael Shadlen, Ph.D.");
 * 4. a continuation: a quotation with no cue of its own after an attributed one in the same
 *    paragraph, or at the start of the paragraph after one (the speaker goes on).
 * Quotations of fewer than MIN_WORDS words are left out (terms, titles, scare quotes: the
 * "a-ha!" moment); so are continuations shorter than MIN_CONTINUATION_WORDS, a lower bar being
 * where most false suggestions came from, unless they are a whole sentence in the same paragraph. An unclosed quotation costs confidence.
 */

const MIN_WORDS = 3;
const MIN_CONTINUATION_WORDS = 6;
const VERB_WINDOW = 8;
const APPOSITION_WINDOW = 20;

/** Direct attributions: quotations with their sources. */
export function findDirectClaims(ct: ClaimText): RawClaim[] {
  const claims: RawClaim[] = [];
  const byParagraph = new Map<number, RawClaim>();
  ct.quotations.forEach((quotation, index) => {
    const words = ct.text.slice(quotation.contentStart, quotation.contentEnd).split(/\s+/).filter(Boolean).length;
    const first = tokenAt(ct, quotation.start);
    // "... had been shot “execution-style,” Mayor Bill DeBlasio said": a short fragment with its cue right after it is a mixed claim.
    if (words < MIN_WORDS) {
      const cue = /^\p{Ll}/u.test(ct.text.slice(quotation.contentStart, quotation.contentStart + 1)) ? after(ct, quotation, index) : null;
      const lead = cue ? paraphrasedLead(ct, quotation, first) : null;
      if (cue && lead !== null) claims.push({ start: lead, end: quotation.end, kind: 'mixed', source: cue.source, cue: cue.cue, confidence: cue.confidence - 0.15 });
      return;
    }
    if (looksLikeTitle(ct.text.slice(quotation.contentStart, quotation.contentEnd))) return;
    const paragraph = ct.sentences[ct.sentenceOf[first]!]?.paragraph ?? 0;
    const cueAfter = after(ct, quotation, index);
    const found = cueAfter ?? before(ct, quotation, first) ?? attributionLine(ct, quotation);
    const penalty = quotation.closed ? 0 : 0.15;
    const content = { start: quotation.contentStart, end: quotation.contentEnd, kind: 'direct' as const };
    // "Upgrading the utilities is a slow process, “because you have such a fixed-in-place system,” said X":
    // the words before a quoted fragment are the same source's, paraphrased: one mixed claim.
    const lead = cueAfter ? paraphrasedLead(ct, quotation, first) : null;
    if (cueAfter && lead !== null) {
      const claim: RawClaim = { start: lead, end: quotation.end, kind: 'mixed', source: cueAfter.source, cue: cueAfter.cue, confidence: cueAfter.confidence - 0.1 - penalty };
      claims.push(claim);
      byParagraph.set(paragraph, claim);
      return;
    }
    if (found) {
      // A quotation over several paragraphs is one claim per paragraph (PARC labels each part), all the speaker's.
      const parts = paragraphParts(ct.text, content.start, content.end);
      const claim = { ...content, ...parts[0]!, source: found.source, cue: found.cue, confidence: found.confidence - penalty };
      claims.push(claim);
      for (const part of parts.slice(1)) claims.push({ ...claim, ...part, confidence: claim.confidence - 0.05 });
      byParagraph.set(paragraph + quotation.paragraphs - 1, claim);
      return;
    }
    const previous = byParagraph.get(paragraph) ?? (startsParagraph(ct, first) ? byParagraph.get(paragraph - 1) : undefined);
    // A short one goes on too when it is a whole sentence in the same paragraph (“…,” he said. “If that sticks, add lunch.”):
    // a capital and a closing stop inside the marks are what scare quotes and terms lack.
    const wholeSentence = /^\p{Lu}/u.test(ct.text.slice(quotation.contentStart, quotation.contentEnd)) && /[.!?]$/.test(ct.text.slice(quotation.contentStart, quotation.contentEnd).trim());
    // (byParagraph holds quotations only: direct claims, and mixed ones made of a quoted fragment.)
    if (previous && (words >= MIN_CONTINUATION_WORDS || (wholeSentence && byParagraph.get(paragraph)))) {
      // "The price, which was matched …, is “as low as I’ve ever seen.”": a fragment going on, with its paraphrase.
      const lead = paraphrasedLead(ct, quotation, first);
      if (lead !== null) {
        const claim: RawClaim = { start: lead, end: quotation.end, kind: 'mixed', source: previous.source, cue: previous.cue, confidence: 0.5 - penalty };
        claims.push(claim);
        byParagraph.set(paragraph, claim);
        return;
      }
      const parts = paragraphParts(ct.text, content.start, content.end);
      const claim = { ...content, ...parts[0]!, source: previous.source, cue: previous.cue, confidence: (byParagraph.get(paragraph) ? 0.65 : 0.55) - penalty };
      claims.push(claim);
      for (const part of parts.slice(1)) claims.push({ ...claim, ...part, confidence: claim.confidence - 0.05 });
      byParagraph.set(paragraph + quotation.paragraphs - 1, claim);
    }
  });
  return claims;
}

/**
 * A quotation that is a whole paragraph with no cue, after a paragraph whose last claim is
 * reported speech ("The president also admitted that ... However, he defended his decision." then
 * "“Well, they're not ideal institutions. ...”"): the same speaker goes on. Direct claims already
 * carry on by themselves (above); this takes the others' sources. Run on all rules' claims.
 */
export function findParagraphQuotations(ct: ClaimText, claims: readonly RawClaim[]): RawClaim[] {
  const found: RawClaim[] = [];
  for (const quotation of ct.quotations) {
    if (claims.some((claim) => claim.start < quotation.contentEnd && quotation.contentStart < claim.end)) continue;
    const paragraphStart = ct.text.lastIndexOf('\n\n', quotation.start);
    const before = ct.text.slice(paragraphStart < 0 ? 0 : paragraphStart + 2, quotation.start).trim();
    const nextBreak = ct.text.indexOf('\n\n', quotation.end);
    const after = ct.text.slice(quotation.end, nextBreak < 0 ? ct.text.length : nextBreak).trim();
    const words = ct.text.slice(quotation.contentStart, quotation.contentEnd).split(/\s+/).filter(Boolean).length;
    if (words < MIN_CONTINUATION_WORDS) continue;
    const ownStart = paragraphStart < 0 ? 0 : paragraphStart + 2;
    const first = tokenAt(ct, quotation.start);
    // A sentence of its own after a claim in its paragraph ("…, Indyk said. “That has nothing to do with ...").
    const opensSentence = ct.sentences[ct.sentenceOf[first]!]!.tokenStart === first;
    const inParagraph = opensSentence ? claims.filter((claim) => claim.start >= ownStart && claim.end <= quotation.start).sort((a, b) => b.start - a.start)[0] : undefined;
    let previous = inParagraph;
    if (!previous) {
      // Or a paragraph that is only the quotation, after a paragraph with a claim.
      if (before !== '' || after.replace(/^[.,]$/, '') !== '' || paragraphStart < 0) continue;
      // Photo captions between them ("Hori Parata at his Pātaua farm", no full stop) are skipped.
      let previousEnd = paragraphStart;
      let previousStart = ct.text.lastIndexOf('\n\n', previousEnd - 1) + 2;
      for (let skipped = 0; skipped < 3 && previousStart > 1 && isCaption(ct.text.slice(previousStart, previousEnd)); skipped++) {
        previousEnd = previousStart - 2;
        previousStart = ct.text.lastIndexOf('\n\n', previousEnd - 1) + 2;
      }
      previous = claims.filter((claim) => claim.start >= previousStart && claim.end <= previousEnd).sort((a, b) => b.start - a.start)[0];
      // "But for Parata and his family the deaths are personal." then "“It’s very emotional. …”": with
      // no claim before it, a quoted paragraph is the words of the person just written about.
      // A heading in quotation marks (‘Nobody came until the fish were floating’) has no closing stop.
      const speaker = previous || !/[.!?…]$/.test(ct.text.slice(quotation.contentStart, quotation.contentEnd).trim()) ? null : firstNamedPerson(ct, previousStart, previousEnd);
      if (speaker) {
        for (const part of paragraphParts(ct.text, quotation.contentStart, quotation.contentEnd)) found.push({ ...part, source: speaker, cue: 'after a mention', kind: 'direct', confidence: 0.45 });
        continue;
      }
    }
    if (!previous || (previous.source.form === 'description' && previous.source.type === 'document')) continue;
    const parts = paragraphParts(ct.text, quotation.contentStart, quotation.contentEnd);
    for (const part of parts) found.push({ ...part, source: previous.source, cue: previous.cue, kind: 'direct', confidence: inParagraph ? 0.55 : 0.5 });
  }
  return found;
}

/** The first name in text[from, to) that is not a place's or an organisation's, or null. */
function firstNamedPerson(ct: ClaimText, from: number, to: number): SourcePhrase | null {
  for (const run of nameRuns(ct, tokenAt(ct, from), tokenAt(ct, to))) {
    const phrase = namePhrase(ct, run[0], run[1], run);
    // "his initial Instagram announcement": a name before a common noun modifies it; it speaks not.
    const next = ct.tokens[run[1]];
    const modifies = !!next && next.isWord && !next.isCapitalized && !ct.lexicon.verbModifiers.has(next.lower) && !ct.lexicon.prepositions.has(next.lower) && !/(ed|s)$/.test(next.lower) && lexiconTags(next.lower).every((tag) => !['PastTense', 'PresentTense', 'Modal', 'Copula', 'Conjunction', 'Adverb', 'Preposition', 'Infinitive'].includes(tag));
    if ((phrase.type === 'person' || phrase.type === 'unknown') && !modifies) return phrase;
  }
  return null;
}

/** A short paragraph with no closing stop or quotation mark: a caption or a heading, not part of the story's flow. */
function isCaption(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  return trimmed === '' || (!/[.!?…”"’]$/.test(trimmed) && trimmed.split(/\s+/).length <= 25);
}

interface Found {
  source: SourcePhrase;
  cue: string;
  confidence: number;
}

function isSpeechVerb(ct: ClaimText, index: number): boolean {
  const token = ct.tokens[index];
  // "in the state", "a report": after a determiner the word is a noun.
  const previous = ct.tokens[index - 1];
  const afterDeterminer = !!previous && (['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your'].includes(previous.lower) || previous.isPossessive);
  return !!token && ct.quotationOf[index] === -1 && ct.lexicon.speechVerbs.has(token.lower) && !token.lower.endsWith('ing') && !afterDeterminer;
}

/**
 * Where the paraphrase before a quoted fragment starts, when the quotation continues a sentence
 * of the writer's words ("… a slow, painstaking process, “because you have ...,” said X"): the
 * fragment starts in lower case and at least four words of the sentence stand before its marks.
 * Null otherwise (the quotation opens its sentence, or it is a whole sentence of its own).
 */
function paraphrasedLead(ct: ClaimText, quotation: Quotation, first: number): number | null {
  const { tokens } = ct;
  if (!/^\p{Ll}/u.test(ct.text.slice(quotation.contentStart, quotation.contentStart + 1))) return null;
  // A quotation going on into the next paragraphs is claimed paragraph by paragraph, never as one span with the lead.
  if (quotation.paragraphs > 1) return null;
  const sentence = ct.sentences[ct.sentenceOf[first]!]!;
  const words = tokens.slice(sentence.tokenStart, first).filter((token) => token.isWord);
  if (words.length < 4 || tokens.slice(sentence.tokenStart, first).some((_, offset) => ct.quotationOf[sentence.tokenStart + offset] !== -1)) return null;
  // Not "He said the plan was “a disaster,” ...": a cue before the fragment makes it that cue's (found as indirect).
  if (tokens.slice(sentence.tokenStart, first).some((token) => ct.lexicon.speechVerbs.has(token.lower))) return null;
  return tokens[sentence.tokenStart]!.start;
}

/** “…,” he said / “…,” says Katie Allen / “…” Dr. Shadlen says. */
function after(ct: ClaimText, quotation: Quotation, index: number): Found | null {
  const { tokens } = ct;
  let from = tokenAt(ct, quotation.end);
  if (tokens[from]?.text === ',') from++;
  let sentence = ct.sentences[ct.sentenceOf[Math.max(0, from - 1)]!]!;
  // "“Do they take the profit …?” Forte said.": a question or exclamation mark inside the marks made
  // the splitter end the sentence there; a short "X said." after it is still its attribution.
  // (A nested quote may close first: "… ‘So he’s going to do the investigation?’” Holmes testified.)
  const asks = /[?!][’'"]*$/.test(ct.text.slice(quotation.contentStart, quotation.contentEnd).trim());
  const nextSentence = from < tokens.length ? ct.sentences[ct.sentenceOf[from]!] : undefined;
  if (asks && nextSentence && nextSentence.tokenStart === from && nextSentence.tokenEnd - from <= 8 && tokens[nextSentence.tokenEnd - 1]?.text === '.' && ct.sentenceOf[from] !== ct.sentenceOf[from - 1]) sentence = nextSentence;
  else if (from >= sentence.tokenEnd || ct.sentenceOf[from] !== ct.sentenceOf[from - 1]) return null;
  const nextQuotation = ct.quotations[index + 1];
  let end = sentence.tokenEnd;
  for (let at = from; at < end; at++) {
    if (ct.quotationOf[at] !== -1 && ct.quotationOf[at] !== index) {
      end = at;
      break;
    }
  }
  void nextQuotation;
  // Cue first: says Katie Allen, MD, PhD.
  let verb = from;
  while (verb < end && ct.lexicon.verbModifiers.has(tokens[verb]!.lower)) verb++;
  if (isSpeechVerb(ct, verb)) {
    let stop = verb + 1;
    // The sentence splitter already kept "Dr." inside the sentence: only its last period ends the source.
    while (stop < end && !([';', ':', '!', '?'].includes(tokens[stop]!.text) || (tokens[stop]!.text === '.' && stop === sentence.tokenEnd - 1)) && !ct.lexicon.complementizers.has(tokens[stop]!.lower)) stop++;
    const source = sourceAfterCue(ct, verb + 1, stop);
    if (source) return { source, cue: tokens[verb]!.text, confidence: source.form === 'name' ? 0.9 : 0.8 };
  }
  // Source first: he told a meeting / Dr. Shadlen says / Jane Doerr, a professor at Halden University, said.
  for (let at = from + 1; at < Math.min(end, from + APPOSITION_WINDOW); at++) {
    if (!isSpeechVerb(ct, at)) continue;
    // Past the short window only a source with an apposition closed by a comma next to the verb.
    // "Tonny K. Omwansa and Nicholas P. Sullivan write": two full names are longer than the window too.
    const names = tokens.slice(from, at).every((token) => token.isCapitalized || token.text === '.' || token.lower === 'and' || token.text === '&');
    if (at >= from + VERB_WINDOW && !names && !(tokens[at - 1]!.text === ',' || (tokens[at - 2]!.text === ',' && ct.lexicon.verbModifiers.has(tokens[at - 1]!.lower)))) continue;
    const source = readSourcePhrase(ct, from, at);
    if (source) return { source, cue: tokens[at]!.text, confidence: source.form === 'name' ? 0.9 : 0.8 };
    return null;
  }
  return null;
}

/**
 * The source right after a cue ("said Dr. Priya Nandakumar, the study’s lead author ..., Ohio"):
 * the name next to the verb, with the description after it as its role; what follows is about
 * that person, not a source of its own.
 */
function sourceAfterCue(ct: ClaimText, from: number, stop: number): SourcePhrase | null {
  let comma = from;
  while (comma < stop && ct.tokens[comma]!.text !== ',') comma++;
  const first = comma < stop ? readSourcePhrase(ct, from, comma) : null;
  // "wrote one respondent, a frontend developer at ...": the first description is the source, the second its role.
  if (first?.form === 'description' && canSpeak(ct, first)) {
    let next = comma + 1;
    while (next < stop && ct.tokens[next]!.text !== ',') next++;
    const apposition = readSourcePhrase(ct, comma + 1, next);
    if (apposition?.form === 'description') return { ...first, role: apposition.text };
  }
  if (!first || first.form !== 'name') return readSourcePhrase(ct, from, stop);
  let next = comma + 1;
  while (next < stop && ct.tokens[next]!.text !== ',') next++;
  const apposition = readSourcePhrase(ct, comma + 1, next);
  return apposition?.form === 'description' && first.role === null ? { ...first, role: apposition.text, type: first.type === 'unknown' ? 'person' : first.type } : first;
}

/** Putin said: “…” / According to X, “…” / In X's words, “…” / SOURCE ... : “…”. */
function before(ct: ClaimText, quotation: Quotation, first: number): Found | null {
  const { tokens, lexicon } = ct;
  const mark = tokens[first - 1];
  if (!mark || ct.sentenceOf[first - 1] !== ct.sentenceOf[first]) return null;
  // he said “every president, every leader has strengths and weaknesses”: the cue right before the marks.
  if (mark.text !== ',' && mark.text !== ':') {
    // Only a sentence's worth of words that ends the sentence: not a button that "says “Accept and continue”".
    const words = ct.text.slice(quotation.contentStart, quotation.contentEnd).split(/\s+/).filter(Boolean).length;
    const afterMarks = tokens[tokenAt(ct, quotation.end)];
    const endsSentence = !afterMarks || ct.sentenceOf[tokenAt(ct, quotation.end)] !== ct.sentenceOf[first] || ['.', '!', '?'].includes(afterMarks.text);
    if (words < 5 || !endsSentence) return null;
    // "He urged Mr. Trump to make a deal, saying “time is running out.”": a participle's subject is the clause's.
    // The comma may stand inside the closing marks of a quotation before it ("“… conversation,” adding “…”").
    const comma = tokens[first - 2]?.text === ',' ? first - 2 : ct.quotationOf[first - 2] !== -1 && tokens[first - 3]?.text === ',' ? tokenAt(ct, ct.quotations[ct.quotationOf[first - 2]!]!.start) : -1;
    if (mark.lower.endsWith('ing') && lexicon.speechVerbs.has(mark.lower) && ct.quotationOf[first - 1] === -1 && comma >= 0) {
      const clause = clauseStart(ct, comma).start;
      const subjectEnd = firstVerb(ct, clause, comma);
      const subject = subjectEnd < comma ? readSourcePhrase(ct, clause, subjectEnd) : null;
      return subject && canSpeak(ct, subject) ? { source: subject, cue: mark.text, confidence: subject.form === 'name' ? 0.75 : 0.65 } : null;
    }
    if (!isSpeechVerb(ct, first - 1) || ['tell', 'ask'].includes(lexicon.speechVerbs.get(mark.lower) ?? '')) return null;
    const { start } = clauseStart(ct, first - 1);
    const source = start < first - 1 ? readSourcePhrase(ct, start, first - 1) : null;
    return source && canSpeak(ct, source) ? { source, cue: mark.text, confidence: source.form === 'name' ? 0.8 : 0.7 } : null;
  }
  const { start } = clauseStart(ct, first - 1);
  const sentence = ct.sentences[ct.sentenceOf[first]!]!;
  const clauseFrom = Math.max(start, sentence.tokenStart);
  // According to X, “…”
  for (let at = clauseFrom; at < first - 2; at++) {
    if (tokens[at]!.lower === 'according' && tokens[at + 1]?.lower === 'to') {
      // "According to the ITU, this year there were ..., “corresponding to a rate of 96 percent.”": a
      // fragment ending a reported clause belongs to that clause (a mixed claim, found there).
      const sourceEnd = tokens.slice(at + 2, first).findIndex((token) => token.text === ',');
      const between = sourceEnd < 0 ? 0 : tokens.slice(at + 2 + sourceEnd + 1, first).filter((token) => token.isWord).length;
      if (between >= 3 && /^\p{Ll}/u.test(ct.text.slice(quotation.contentStart, quotation.contentStart + 1))) return null;
      const source = readSourcePhrase(ct, at + 2, first - 1);
      return source ? { source, cue: 'according to', confidence: 0.85 } : null;
    }
    // In Dr. Shadlen's words, “…”
    if (tokens[at]!.lower === 'in' && tokens[first - 2]?.lower === 'words') {
      const source = readSourcePhrase(ct, at + 1, first - 2);
      return source ? { source, cue: ct.text.slice(tokens[at]!.start, tokens[first - 2]!.end), confidence: 0.85 } : null;
    }
  }
  // She told the room: “…” / He told reporters, “…”: the one told stands between the cue and the mark.
  for (let told = first - 3; told >= Math.max(clauseFrom + 1, first - 5); told--) {
    if (!isSpeechVerb(ct, told) || !['tell', 'warn', 'ask', 'remind', 'urge'].includes(lexicon.speechVerbs.get(tokens[told]!.lower) ?? '')) continue;
    if (!tokens.slice(told + 1, first - 1).every((token) => token.isWord && !lexicon.speechVerbs.has(token.lower))) break;
    // "she slowed down and told the room:": the subject of the clause's first verb.
    const source = readSourcePhrase(ct, clauseFrom, told) ?? readSourcePhrase(ct, clauseFrom, firstVerb(ct, clauseFrom, told));
    if (source) return { source, cue: ct.text.slice(tokens[told]!.start, tokens[first - 2]!.end), confidence: source.form === 'name' ? 0.85 : 0.75 };
    break;
  }
  // Putin said: “…” / Putin said, “…”
  let verb = first - 2;
  while (verb > clauseFrom && lexicon.verbModifiers.has(tokens[verb]!.lower)) verb--;
  // "Amazon released a separate statement saying, “…”": a participle's subject is the clause's.
  const participle = tokens[verb];
  if (participle && participle.lower.endsWith('ing') && lexicon.speechVerbs.has(participle.lower) && ct.quotationOf[verb] === -1 && verb > clauseFrom + 1) {
    // firstVerb skips the word after the subject's first ("Amazon released"); here a one-word subject is the usual one.
    let subjectEnd = clauseFrom + 1;
    while (subjectEnd < verb && !(lexicon.finiteVerbs.has(tokens[subjectEnd]!.lower) || (/ed$/.test(tokens[subjectEnd]!.lower) && !tokens[subjectEnd]!.isCapitalized))) subjectEnd++;
    const source = subjectEnd < verb ? readSourcePhrase(ct, clauseFrom, subjectEnd) : null;
    if (source && canSpeak(ct, source)) return { source, cue: participle.text, confidence: source.form === 'name' ? 0.75 : 0.65 };
  }
  if (isSpeechVerb(ct, verb)) {
    const source = readSourcePhrase(ct, clauseFrom, verb);
    if (source) return { source, cue: tokens[verb]!.text, confidence: source.form === 'name' ? 0.85 : 0.75 };
  }
  // "Scott Morrison said in a statement, “…”", "she said on Monday, “…”": an adverbial between the cue and the mark.
  for (let cue = first - 3; cue >= Math.max(clauseFrom + 1, first - 8); cue--) {
    if (!isSpeechVerb(ct, cue) || ['tell', 'ask'].includes(lexicon.speechVerbs.get(tokens[cue]!.lower) ?? '')) continue;
    const between = tokens.slice(cue + 1, first - 1);
    const opensAdverbial = lexicon.prepositions.has(between[0]!.lower) || ['later', 'earlier', 'yesterday', 'today', 'afterwards', 'then'].includes(between[0]!.lower);
    if (!opensAdverbial || !between.every((token) => token.isWord || token.text === '.') || between.some((token) => lexicon.speechVerbs.has(token.lower))) break;
    const source = readSourcePhrase(ct, clauseFrom, cue);
    if (source && canSpeak(ct, source)) return { source, cue: tokens[cue]!.text, confidence: source.form === 'name' ? 0.8 : 0.7 };
    break;
  }
  if (mark.text !== ':') return null;
  // A clause ending in a colon: its subject is the source ("One survey respondent summed this up as follows:").
  // An opening adverbial ("In a written statement submitted before the hearing,") holds no subject.
  let adverbialEnd = -1;
  if (lexicon.prepositions.has(tokens[clauseFrom]!.lower)) {
    for (let at = clauseFrom + 1; at < tokens.length && adverbialEnd < 0; at++) if (tokens[at]!.text === ',') adverbialEnd = at;
  }
  for (let at = clauseFrom + 1; at < first - 1; at++) {
    const lower = tokens[at]!.lower;
    if (at < adverbialEnd) continue;
    // After a determiner a verb's form is a noun ("A reply from ...").
    if (['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their'].includes(tokens[at - 1]!.lower) || tokens[at - 1]!.isPossessive) continue;
    if (lexicon.finiteVerbs.has(lower) || lexicon.speechVerbs.has(lower) || /ed$/.test(lower)) {
      const source = readSourcePhrase(ct, clauseFrom, at);
      // Only someone or something that speaks: "The simplest way to think about it is ...: “…”" introduces an example, not a source's words.
      if (source && source.form !== 'pronoun' && canSpeak(ct, source)) return { source, cue: ':', confidence: 0.7 };
      return null;
    }
  }
  return null;
}

/** A quotation that is its whole paragraph, followed by a paragraph that is only a name. */
function attributionLine(ct: ClaimText, quotation: Quotation): Found | null {
  const { text } = ct;
  const paragraphStart = text.lastIndexOf('\n\n', quotation.start);
  if (text.slice(paragraphStart < 0 ? 0 : paragraphStart + 2, quotation.start).trim() !== '') return null;
  const next = text.indexOf('\n\n', quotation.end);
  if (next < 0 || text.slice(quotation.end, next).trim().replace(/^[.,]$/, '') !== '') return null;
  const lineStart = next + 2;
  const lineEnd = text.indexOf('\n\n', lineStart) < 0 ? text.length : text.indexOf('\n\n', lineStart);
  const line = text.slice(lineStart, lineEnd);
  if (line.split(/\s+/).length > 7 || /[.!?]$/.test(line.trim()) && !/\b(Ph\.D|Jr|Sr)\.$/.test(line.trim())) return null;
  const from = tokenAt(ct, lineStart);
  const to = tokenAt(ct, lineEnd);
  const source = readSourcePhrase(ct, from, to);
  return source && source.form === 'name' ? { source, cue: 'attribution line', confidence: 0.7 } : null;
}

/** The paragraphs of a content span, each without the quote mark that reopens it. */
function paragraphParts(text: string, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let from = start;
  for (;;) {
    const brk = text.indexOf('\n\n', from);
    if (brk < 0 || brk >= end) break;
    parts.push({ start: from, end: text.slice(from, brk).trimEnd().length + from });
    from = brk + 2;
    while (from < end && /[“"«„‘']/.test(text[from]!)) from++;
  }
  parts.push({ start: from, end });
  return parts.filter((part) => part.end > part.start);
}

function startsParagraph(ct: ClaimText, token: number): boolean {
  const sentence = ct.sentences[ct.sentenceOf[token]!]!;
  const previous = ct.sentences[ct.sentenceOf[token]! - 1];
  return sentence.tokenStart === token && (!previous || previous.paragraph !== sentence.paragraph);
}
