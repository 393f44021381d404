import type { ClaimText } from './claim-text.js';
import { clauseStart, contentEndOfSentence, embeddedClauseEnd, firstVerb, hasQuotation, looksLikeClause, quotationEndInside, tokenAt } from './clause-tools.js';
import type { RawClaim } from './raw-claim.js';
import type { SourcePhrase } from './source-phrase.js';
import { lexiconTags } from './name-lexicon.js';
import { canSpeak, readSourcePhrase } from './read-source-phrase.js';

/*
 * Reported speech: SOURCE + reporting verb + clause ("Russia says that the Western powers ...",
 * "Experts say the research should shift ..."), the inverted order ("The findings provide ...,
 * say the researchers"), "As the authors explain, ...", and judgments ("lambasted the CSTO for
 * not providing ..."). The content runs to the end of the sentence: PARC's content span is the
 * whole reported clause, and a shorter guess would cut claims in half more often than a longer
 * one takes in a trailing adverbial. A verb after a determiner is a noun ("the report") and is
 * skipped; a verb with no clause after it ("said on Monday.") reports nothing quotable.
 */

const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'such', 'no', 'any']);
// The ones told, before a clause without "that" ("told lawmakers no evidence supports ...").
const OBJECT_PRONOUNS = new Set(['us', 'me', 'him', 'her', 'them', 'you', 'reporters', 'journalists', 'lawmakers', 'legislators', 'senators', 'investigators', 'jurors', 'colleagues', 'staff', 'employees', 'supporters', 'listeners', 'viewers', 'readers']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
// Verbs that report a clause without "that" ("Experts say the research should ..."); the others need it.
const WITHOUT_THAT = new Set(['say', 'tell', 'claim', 'argue', 'insist', 'warn', 'deny', 'admit', 'predict', 'write', 'assert', 'contend', 'maintain', 'allege', 'confirm', 'find', 'suggest', 'indicate']);
// Participles that report a clause without "that" (", saying the talks had failed", "— claiming the e-tailer was ...").
const WITHOUT_THAT_PARTICIPLES = new Set(['saying', 'claiming', 'arguing', 'insisting', 'warning']);
// Base forms that are more often nouns or other verbs than cues ("the Enqueued state", "show UI"): they need "that".
const BASE_WITHOUT_THAT = new Set(['say', 'tell']);
// After a bare "said": "when asked", "as he left", "after the meeting" are the circumstances, not what was said ("if ..." can be).
const NOT_CLAUSE_STARTS = new Set(['when', 'while', 'whereas', 'after', 'before', 'since', 'as', 'because', 'and', 'but', 'or']);
const RECORD_NOUNS = new Set(['emails', 'records', 'documents', 'data', 'figures', 'studies', 'polls', 'surveys', 'reports', 'files', 'filings', 'statistics', 'results', 'findings', 'minutes', 'messages', 'logs']);
const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'should', 'shall', 'have', 'has', 'why', 'what', 'how', 'who', 'where', 'when', 'which']);
// After "CONTENT, X said,": a subordinate clause that is the writer's, not more of what was said.
const WRITER_ASIDES = new Set(['although', 'though', 'even', 'while', 'whereas']);
// After "CONTENT, X said,": a subordinate clause that goes on with what was said.
const TRAILING_SUBORDINATORS = new Set(['ever', 'since', 'because', 'unless', 'until']);
const SUBJUNCTIVE_LEMMAS = new Set(['suggest', 'recommend', 'propose', 'demand', 'insist', 'urge']);
const CLAIMED_THINGS = new Set(['victory', 'credit', 'responsibility', 'ownership', 'asylum', 'success', 'title', 'prize', 'seats', 'lives']);
const EVIDENCE_NOUNS = new Set(['signs', 'evidence', 'traces', 'proof', 'indications', 'hints', 'clues']);
const INFERENCE_LEMMAS = new Set(['suggest', 'indicate', 'imply', 'mean']);
const NEGATIONS = new Set(['not', 'never', 'cannot']);
const SUBORDINATORS = new Set(['to', 'if', 'when', 'unless', 'once', 'although', 'though', 'because', 'until', 'whenever', 'while', 'before', 'after', 'since']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself', 'itself']);
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weeks?|months?|years?|days?|night|morning|afternoon|evening|weekend|\d+)$/;
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Indirect and mixed attributions. */
export function findIndirectClaims(ct: ClaimText): RawClaim[] {
  const { tokens, lexicon } = ct;
  const claims: RawClaim[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.isWord || ct.quotationOf[index] !== -1 || token.isCapitalized && index !== ct.sentences[ct.sentenceOf[index]!]!.tokenStart) continue;
    const lemma = lexicon.speechVerbs.get(token.lower) ?? lexicon.evidenceVerbs.get(token.lower) ?? lexicon.judgmentVerbs.get(token.lower);
    // "As Okafor put it, ...": only in that frame is "put" a cue.
    if (token.lower === 'put' && tokens[index + 1]?.lower === 'it') {
      const claim = inverted(ct, index, ct.sentenceOf[index]!);
      if (claim) claims.push(...claim);
      continue;
    }
    if (lemma === undefined) continue;
    // "thanks to its use of HDR" is a preposition, not a judgment.
    if (token.lower === 'thanks' && (tokens[index + 1]?.lower === 'to' || tokens.slice(index + 1, index + 4).some((other) => other.lower === 'to'))) continue;
    if (token.lower.endsWith('ing')) {
      const claim = participle(ct, index);
      if (claim) claims.push(claim);
      continue;
    }
    const previous = tokens[index - 1];
    if (previous && (NOUN_MARKERS.has(previous.lower) || previous.isPossessive)) continue;
    // "of public comment that stretched past midnight": a base form after an adjective or a preposition is a noun.
    if (previous && token.lower === lemma && ((lexicon.prepositions.has(previous.lower) && previous.lower !== 'to') || (lexiconTags(previous.lower).includes('Adjective') && !lexicon.verbModifiers.has(previous.lower)))) continue;
    // "no Palestinian state on his watch": a base form after a capitalised singular word inside a sentence is a noun ("Democrats say" is not).
    if (previous && token.lower === lemma && previous.isCapitalized && !/s$/.test(previous.lower) && index - 1 !== ct.sentences[ct.sentenceOf[index]!]!.tokenStart) continue;
    // A passive ("is said to be", "the task is claimed", "We’re told that") has no source.
    const beforeVerb = lexicon.verbModifiers.has(previous?.lower ?? '') && !BE.has(previous?.lower ?? '') ? tokens[index - 2] : previous;
    if (beforeVerb && (BE.has(beforeVerb.lower) || /['’](re|m)$/.test(beforeVerb.lower)) && token.lower !== lemma) continue;
    // "it won’t tell us", "did not say": a cue denied reports nothing; "might have suggested" is what was not said.
    if (previous && (NEGATIONS.has(previous.lower) || /n['’]t$/.test(previous.lower))) continue;
    if (previous?.lower === 'have' && ['might', 'could', 'would', 'should'].includes(tokens[index - 2]?.lower ?? '')) continue;
    // "Netanyahu, criticized by the administration for ...": a participle before "by" is a passive too.
    if (token.lower !== lemma && tokens[index + 1]?.lower === 'by') continue;
    const sentenceIndex = ct.sentenceOf[index]!;
    const sentence = ct.sentences[sentenceIndex]!;
    // "Aren’t those the things libertarians say they hate?": a question asks, it reports nothing.
    const lastMark = sentence.tokenEnd - 1;
    const opener = tokens[sentence.tokenStart]!.lower;
    if (tokens[lastMark]?.text === '?' && ct.quotationOf[lastMark] === -1 && (QUESTION_OPENERS.has(opener) || /n['’]t$/.test(opener))) continue;
    // "..., which suggests that this debate is far from over": a relative on the whole clause before is the writer's inference.
    if (INFERENCE_LEMMAS.has(lemma) && tokens[index - 1]?.lower === 'which' && tokens[index - 2]?.text === ',') continue;
    const evidence = lexicon.evidenceVerbs.has(token.lower) && !lexicon.speechVerbs.has(token.lower);
    const judgment = lexicon.judgmentVerbs.has(token.lower);
    const claim = inverted(ct, index, sentenceIndex) ?? forward(ct, index, sentenceIndex, { lemma, evidence, judgment });
    if (claim) claims.push(...claim);
    void sentence;
  }
  return claims;
}

// Judgment verbs whose object and reason are claimed without quoted words: a public rebuke.
const REBUKES = new Set(['lambaste', 'slam', 'condemn', 'criticize', 'criticise']);

function forward(ct: ClaimText, verb: number, sentenceIndex: number, how: { lemma: string; evidence: boolean; judgment: boolean }): RawClaim[] | null {
  const { tokens, lexicon } = ct;
  const sentence = ct.sentences[sentenceIndex]!;
  const end = sentence.tokenEnd;
  let from = verb + 1;
  if (how.lemma === 'point') {
    if (!['out', 'to'].includes(tokens[from]?.lower ?? '')) return null;
    from++;
  }
  // "shifted his account to say Sondland did ...": after "to", only "say" reports a clause without "that".
  if (tokens[verb - 1]?.lower === 'to' && !lexicon.complementizers.has(tokens[from]?.lower ?? '') && !(how.lemma === 'say' && looksLikeClause(ct, from, sentence.tokenEnd) && !lexicon.prepositions.has(tokens[from]?.lower ?? ''))) return null;
  // "were asked to say", "declined to say": what someone was asked for or would not say is no statement.
  if (tokens[verb - 1]?.lower === 'to' && ['asked', 'declined', 'refused', 'unable', 'able', 'want', 'wants', 'wanted'].includes(tokens[verb - 2]?.lower ?? '')) return null;
  // Before "that": the one told ("told us that", "told a meeting of parliamentarians that"), a
  // time ("reported on Monday that") or "in a statement"; anything else makes "that" a relative.
  let that = -1;
  let skip = from;
  if (['tell', 'ask', 'warn', 'remind'].includes(how.lemma)) {
    // The one told is a pronoun, a name or "a meeting of ...": "tell stories that" is no report.
    const object = tokens[from];
    const told = !!object && (OBJECT_PRONOUNS.has(object.lower) || object.isCapitalized || ['a', 'an', 'the'].includes(object.lower));
    for (let at = from; told && at < Math.min(end, from + 10); at++) {
      if (lexicon.complementizers.has(tokens[at]!.lower)) {
        skip = at;
        break;
      }
      // "told the U.N. General Assembly 18 months ago that": an abbreviation's period goes on.
      if (!tokens[at]!.isWord && !(tokens[at]!.text === '.' && tokens[at - 1]!.end === tokens[at]!.start && tokens[at - 1]!.text.includes('.'))) break;
    }
  } else {
    // "Many would argue, that ...": a comma before "that" changes nothing.
    if (tokens[skip]?.text === ',' && lexicon.complementizers.has(tokens[skip + 1]?.lower ?? '')) skip++;
    // A number is a time only after a month or "on" ("said on March 3 that"), not "said 280 spaces were".
    const isTime = (at: number): boolean => TIME_WORDS.test(tokens[at]!.lower) && (!/^\d/.test(tokens[at]!.text) || MONTHS.test(tokens[at - 1]?.lower ?? '') || ['on', 'in', 'last'].includes(tokens[at - 1]?.lower ?? ''));
    while (skip < end && (['on', 'last', 'this', 'earlier', 'late', 'in', 'for', 'a', 'an', 'statement', 'interview', 'yesterday', 'today', 'also', 'repeatedly', 'again', 'publicly'].includes(tokens[skip]!.lower) || MONTHS.test(tokens[skip]!.lower) || isTime(skip)) && skip < from + 4) skip++;
    if (tokens[skip - 1]?.lower === 'for' && skip - 1 >= from) skip--;
  }
  if (lexicon.complementizers.has(tokens[skip]?.lower ?? '') && ct.quotationOf[skip] === -1) that = skip;
  // "wrote in his memoir, “Cold Arithmetic” (2012), that": a longer adverbial set off before ", that".
  if (that < 0 && lexicon.prepositions.has(tokens[from]?.lower ?? '')) {
    for (let at = from + 1; at < Math.min(end - 1, from + 16); at++) {
      const token = tokens[at]!;
      if (token.text === ',' && ct.quotationOf[at] === -1 && lexicon.complementizers.has(tokens[at + 1]!.lower) && tokens[at + 1]!.lower === 'that') {
        that = at + 1;
        break;
      }
      if (ct.quotationOf[at] === -1 && !token.isWord && ![',', '(', ')'].includes(token.text)) break;
    }
  }
  // "acknowledge in the paper that their detection ...": a short prepositional phrase before a
  // "that" that opens a clause (a "that" followed by a verb is a relative: "in a paper that appeared").
  if (that < 0 && lexicon.prepositions.has(tokens[from]?.lower ?? '') && how.lemma !== 'tell') {
    for (let at = from + 1; at < Math.min(end - 1, from + 8); at++) {
      if (!tokens[at]!.isWord || ct.quotationOf[at] !== -1) break;
      // "added during that time": a "that" right after the preposition is its determiner.
      if (tokens[at]!.lower === 'that' && !verbAt(ct, at + 1) && !lexicon.prepositions.has(tokens[at - 1]!.lower)) {
        that = at;
        break;
      }
    }
  }
  // "a place to show that information in the UI": after an infinitive, "that" is as often a
  // determiner, so what follows must read as a clause.
  if (that >= 0 && tokens[verb - 1]?.lower === 'to' && !looksLikeClause(ct, that + 1, end)) return null;
  // "Internal emails show managers knew ...", "agency records show": a base form after a plural record noun needs no "that".
  const records = how.evidence && RECORD_NOUNS.has(tokens[verb - 1]?.lower ?? '');
  // "announced it was withdrawing", "reported they had found": a pronoun and an auxiliary make a clause plain enough without "that".
  const pronounClause = ['it', 'they', 'he', 'she'].includes(tokens[skip]?.lower ?? '') && lexicon.finiteVerbs.has(tokens[skip + 1]?.lower ?? '') && !how.judgment;
  if (that < 0 && !records && !pronounClause && (!WITHOUT_THAT.has(how.lemma) || (tokens[verb]!.lower === how.lemma && !BASE_WITHOUT_THAT.has(how.lemma)))) {
    if (!how.judgment) return null;
  }
  let contentStart: number;
  let confidence: number;
  if (how.judgment) {
    const reason = tokens.slice(from, Math.min(end, from + 12)).findIndex((token) => lexicon.judgmentPrepositions.has(token.lower));
    if (reason <= 0) return null;
    // "accused the Democrats of being blinded ...": a charge put as a gerund is the writer's
    // summary, not the source's words (the labels leave it out) unless it quotes them; a
    // public rebuke ("lambasted the CSTO for not providing any military aid") is a speech act of its own.
    if (!REBUKES.has(how.lemma) && !hasQuotation(ct, tokens[from]!.start, tokens[end - 1]!.end)) return null;
    contentStart = from;
    confidence = 0.6;
  } else if (that >= 0) {
    contentStart = that + 1;
    confidence = how.evidence ? 0.6 : 0.8;
  } else {
    const objectAt = from;
    if (['tell', 'ask'].includes(how.lemma) && OBJECT_PRONOUNS.has(tokens[from]?.lower ?? '')) from++;
    // "told The Register the company was ...": the one told is a name, then the clause.
    else if (how.lemma === 'tell') {
      let after = tokens[from]?.lower === 'the' ? from + 1 : from;
      while (after < end && tokens[after]!.isCapitalized && ct.quotationOf[after] === -1) after++;
      if (after > from && after < end && tokens[after - 1]!.isCapitalized && looksLikeClause(ct, after, end)) from = after;
      // "told local television the search area ... would be expanded": a short lower-case one told, then a clause opening with a determiner.
      else {
        for (let at = from + 1; at <= Math.min(end - 2, from + 3); at++) {
          if (!tokens[at - 1]!.isWord || tokens[at - 1]!.isCapitalized) break;
          if (['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(tokens[at]!.lower) && looksLikeClause(ct, at, end)) {
            from = at;
            break;
          }
        }
      }
    }
    // "admitted “politics in this town” meant there were few options": a short quotation as the clause's subject.
    const quotedSubject = ct.quotationOf[from] !== -1 ? quotedSubjectEnd(ct, from, end) : -1;
    // "advisers suggested Beijing resume buying ...": a proposal's clause has a base-form verb.
    const subjunctive = SUBJUNCTIVE_LEMMAS.has(how.lemma) && !!tokens[from]?.isCapitalized && lexiconTags(tokens[from + 1]?.lower ?? '').includes('Infinitive') && !!tokens[from + 2]?.isWord;
    if (how.lemma === 'ask' || (ct.quotationOf[from] !== -1 && quotedSubject < 0) || (quotedSubject < 0 && !subjunctive && !looksLikeClause(ct, from, end))) return null;
    // "said angrily when ...", "said after the meeting", "told himself he was content": a manner,
    // a time or the speaker's own mind follows the verb, not a clause they reported.
    // A time after the verb ("said on Monday the summit ...") comes before the clause, as before "that".
    // Not "said a deal signing would ...": a determiner alone is the clause's, not an adverbial's.
    if (skip > from && skip < end && !tokens.slice(from, skip).every((token) => ['a', 'an', 'this', 'in', 'for'].includes(token.lower))) from = skip;
    // "claimed victory as the House concluded ...": what was claimed is a thing, not a statement.
    if (how.lemma === 'claim' && CLAIMED_THINGS.has(tokens[from]?.lower ?? '')) return null;
    // "tells customers to rotate their keys": an order, not a report.
    // Past the one told ("told reporters the decision to drop the inquiry had ..."), only a "to" right after it is one.
    if (how.lemma === 'tell' && (from > objectAt ? tokens[from]?.lower === 'to' : tokens.slice(from, from + 4).some((token) => token.lower === 'to'))) return null;
    // "found signs that water once flowed", "found evidence for a lake": what was found is a noun, not a clause.
    if (how.evidence && EVIDENCE_NOUNS.has(tokens[from]?.lower ?? '')) return null;
    // "shows marks where a poacher ...": a noun and its relative clause are what is shown, not a clause.
    if (how.evidence && tokens.slice(from + 1, from + 4).some((token) => ['where', 'which', 'who', 'whose'].includes(token.lower))) return null;
    const next = tokens[from]!;
    // "said roughly 40% of ...": an -ly word before a number is a quantity, not the manner of saying.
    if ((/ly$/.test(next.lower) && !next.isCapitalized && !/^\d/.test(tokens[from + 1]?.text ?? '')) || NOT_CLAUSE_STARTS.has(next.lower) || (lexicon.prepositions.has(next.lower) && skip === verb + 1 && !(['over', 'under', 'about', 'around', 'nearly'].includes(next.lower) && /^\d/.test(tokens[from + 1]?.text ?? ''))) || REFLEXIVES.has(tokens[verb + 1]?.lower ?? '')) return null;
    contentStart = from;
    confidence = how.evidence ? 0.5 : 0.7;
  }
  if (contentStart >= end) return null;
  const { start, starter } = clauseStart(ct, verb);
  // "Lunde said the council was ... and argued that ...": a second verb of the same subject.
  const and = tokens[verb - 1]?.lower === 'and' ? verb - 1 : lexicon.verbModifiers.has(tokens[verb - 1]?.lower ?? '') && tokens[verb - 2]?.lower === 'and' ? verb - 2 : -1;
  let source = and < 0 && start < verb && tokens[verb - 1]?.lower !== 'to' ? readSourcePhrase(ct, start, verb) : null;
  // "Trump has recently tried to suggest that ...": an infinitive's source is the subject of the clause's verb.
  if (tokens[verb - 1]?.lower === 'to' && start < verb - 1) {
    const subjectEnd = clauseVerb(ct, start, verb - 1);
    // "prompted some Twitter users to argue that": the object of the verb before "to" argues.
    const object = subjectEnd + 1 < verb - 1 ? readSourcePhrase(ct, subjectEnd + 1, verb - 1) : null;
    const subject = subjectEnd < verb - 1 ? readSourcePhrase(ct, start, subjectEnd) : null;
    if (object && object.form !== 'pronoun' && (object.form === 'name' || canSpeak(ct, object))) source = object;
    else if (subject && (subject.form !== 'description' || canSpeak(ct, subject))) source = subject;
  }
  if (and >= 0) source = subjectOfEarlierCue(ct, and);
  // "The army did not reveal the location and said it was withholding ...": the clause's subject does both.
  if (and >= 0 && !source && start < and) {
    const subjectEnd = clauseVerb(ct, start, and);
    const subject = subjectEnd < and ? readSourcePhrase(ct, start, subjectEnd) : null;
    if (subject && (subject.form !== 'description' || canSpeak(ct, subject))) source = subject;
  }
  // "said concerns were “legitimate” but insisted progress had been made": the first cue's subject.
  if (!source && starter !== null && tokens[starter]!.lower === 'but' && start === verb) source = subjectOfEarlierCue(ct, starter);
  // "the site surveyed ... but noted that", "and 49% said": the subject of the clause before.
  // Only with nothing but adverbs between them, or a clause of its own ("while I was at the panel, told me"); not
  // when the clause has a subject that names no source ("while others may argue that").
  const between = tokens.slice(start, verb);
  const fallsBack = between.every((token) => lexicon.verbModifiers.has(token.lower)) || (!lexicon.nonSources.has(tokens[start]!.lower) && between.some((token) => lexicon.finiteVerbs.has(token.lower)));
  if (!source && starter !== null && fallsBack) {
    const previousStart = clauseStart(ct, starter).start;
    source = readSourcePhrase(ct, previousStart, firstVerb(ct, previousStart, starter));
  }
  // "The cuts come weeks after a Castellan report, “The Cloud Cost Reckoning,” found that": the
  // subject is the noun phrase after the clause's last preposition or verb.
  if (!source && start < verb && (tokens[verb - 1]!.text === ',' || ct.quotationOf[verb - 1] !== -1)) {
    let last = verb - 1;
    while (last > start && !(ct.quotationOf[last] === -1 && (lexicon.prepositions.has(tokens[last]!.lower) || lexicon.finiteVerbs.has(tokens[last]!.lower)))) last--;
    if (last > start) source = readSourcePhrase(ct, last + 1, verb);
  }
  // "He was airlifted to a hospital and a hospital spokesman said Swanson was ...": a second clause
  // joined by "and" without a comma, its subject a noun phrase or a name right after it.
  if (!source && start < verb) {
    for (let at = verb - 2; at > start && at >= verb - 6; at--) {
      if (tokens[at]!.lower !== 'and' || ct.quotationOf[at] !== -1) continue;
      const next = tokens[at + 1]!;
      if (['a', 'an', 'the'].includes(next.lower) || next.isCapitalized) source = readSourcePhrase(ct, at + 1, verb);
      break;
    }
  }
  if (!source) return null;
  // "its many features, some subtle and some outright mind-bending, suggest that": what shows or
  // suggests must be a source (a document, data, a study, someone), not any thing, or it is the writer's inference.
  // A plural of things ("Channels, valleys, and gullies ... suggest") shows nothing either: only people, bodies and documents.
  if (how.evidence && source.form === 'description' && (!canSpeak(ct, source) || (source.type === 'group' && !showsAsSource(ct, source)))) return null;
  // "As the authors explain, research ... shows": the content is the main clause after the comma.
  const contentFrom = ct.tokens[contentStart]!.start;
  // "the number who said they had used cannabis rose by 23 percent": a cue in a relative clause reports only up to the main verb.
  const inRelative = ['who', 'that'].includes(tokens[verb - 1]?.lower ?? '') && !tokens[verb - 2]?.isCapitalized ? embeddedClauseEnd(ct, contentStart, end) : null;
  const sentenceEnd = inRelative ?? subordinateClauseEnd(ct, starter, contentStart, end) ?? participleCueEnd(ct, contentStart, end) ?? writersClauseEnd(ct, contentStart, end) ?? relativeClauseEnd(ct, start, verb, contentStart, end) ?? nextAttributionIn(ct, contentStart, end) ?? trailingComment(ct, contentStart, end) ?? contentEndOfSentence(ct, sentenceIndex);
  let contentTo = Math.max(sentenceEnd, quotationEndInside(ct, contentFrom, sentenceEnd));
  if (contentTo <= contentFrom) return null;
  const claim = (from: number, to: number, less = 0): RawClaim => ({ start: from, end: to, source: source!, cue: tokens[verb]!.text, kind: hasQuotation(ct, from, to) ? 'mixed' : 'indirect', confidence: (source!.form === 'name' ? confidence : confidence - 0.05) - less });
  // "said A, and that B" is two reported clauses; "said A and argued that B" ends A before "and" (the second verb is its own claim).
  const second = secondClause(ct, contentStart, tokenAt(ct, contentTo));
  if (second) {
    contentTo = tokens[second.cut - 1]!.end;
    if (second.thatAt >= 0 && second.thatAt + 1 < end) return [claim(contentFrom, contentTo), claim(tokens[second.thatAt + 1]!.start, Math.max(contentEndOfSentence(ct, sentenceIndex), quotationEndInside(ct, tokens[second.thatAt + 1]!.start, contentEndOfSentence(ct, sentenceIndex))), 0.05)];
  }
  return [claim(contentFrom, contentTo)];
}

/**
 * The subject of the nearest cue before token `at` in its sentence, past any quotation in that
 * clause ("said the council was “rushing …” and argued that"): the source of a second cue. Null when there is none.
 */
function subjectOfEarlierCue(ct: ClaimText, at: number): SourcePhrase | null {
  const { tokens, lexicon } = ct;
  let before = at;
  while (before > 0 && ct.quotationOf[before - 1] !== -1) before = tokenAt(ct, ct.quotations[ct.quotationOf[before - 1]!]!.start);
  let first = clauseStart(ct, before).start;
  // Past a quotation inside the clause, on to the clause's real start.
  while (first > 0 && ct.quotationOf[first - 1] !== -1 && ct.sentenceOf[first - 1] === ct.sentenceOf[at]) first = clauseStart(ct, tokenAt(ct, ct.quotations[ct.quotationOf[first - 1]!]!.start)).start;
  let cue = before - 1;
  while (cue > first && !(ct.quotationOf[cue] === -1 && (lexicon.speechVerbs.has(tokens[cue]!.lower) || lexicon.evidenceVerbs.has(tokens[cue]!.lower)) && !tokens[cue]!.lower.endsWith('ing'))) cue--;
  return cue > first ? readSourcePhrase(ct, first, cue) : null;
}

/**
 * Where a content is cut by "and": ", and that B" (a second clause of the same
 * cue: `thatAt` is its "that") or "and argued that B" (a second cue, found on its own: `thatAt` -1).
 * Null when the content has neither, outside quotation marks.
 */
function secondClause(ct: ClaimText, from: number, to: number): { cut: number; thatAt: number } | null {
  const { tokens, lexicon } = ct;
  for (let at = from + 2; at < to - 1; at++) {
    if (!['and', 'but'].includes(tokens[at]!.lower) || ct.quotationOf[at] !== -1) continue;
    const cut = tokens[at - 1]!.text === ',' ? at - 1 : at;
    // Without a comma, "said A and that B" is one content (PARC labels it so); with one, two.
    if (tokens[at + 1]!.lower === 'that' && !tokens[at + 1]!.isPossessive) {
      if (cut === at - 1 && !verbAt(ct, at + 2)) return { cut, thatAt: at + 1 };
      continue;
    }
    let next = at + 1;
    while (next < to && lexicon.verbModifiers.has(tokens[next]!.lower)) next++;
    const word = tokens[next];
    // "confirmed the emails were genuine but declined to comment": the subject's next act, not what was said.
    if (tokens[at]!.lower === 'but' && word && /ed$/.test(word.lower) && tokens[next + 1]?.lower === 'to') return { cut, thatAt: -1 };
    if (word && !word.lower.endsWith('ing') && (lexicon.speechVerbs.has(word.lower) || lexicon.evidenceVerbs.has(word.lower)) && (lexicon.complementizers.has(tokens[next + 1]?.lower ?? '') || WITHOUT_THAT.has(lexicon.speechVerbs.get(word.lower) ?? ''))) return { cut, thatAt: -1 };
  }
  return null;
}

/**
 * "Councillor Raymond Oyelaran, who had said for weeks he was undecided, joined ...": a cue inside
 * a relative clause set off by commas ends its content at the comma that closes it. Null otherwise.
 */
function relativeClauseEnd(ct: ClaimText, start: number, verb: number, from: number, end: number): number | null {
  const { tokens, lexicon } = ct;
  let relative = -1;
  for (let at = verb - 1; at > start; at--) {
    if (lexicon.relatives.has(tokens[at]!.lower) && tokens[at - 1]!.text === ',') {
      relative = at;
      break;
    }
  }
  if (relative < 0) return null;
  // "Doherty, who represents a rural district, says ...": the relative closed before the cue, which is the main verb.
  if (tokens.slice(relative + 1, verb).some((token, offset) => token.text === ',' && ct.quotationOf[relative + 1 + offset] === -1)) return null;
  for (let at = from + 1; at < end; at++) if (tokens[at]!.text === ',' && ct.quotationOf[at] === -1) return tokens[at - 1]!.end;
  return null;
}

/**
 * "The moderator pushed back, arguing that CONTENT" / "..., saying the talks had failed": a
 * participle after a comma reports what the subject of the clause before it said.
 */
function participle(ct: ClaimText, verb: number): RawClaim | null {
  const { tokens, lexicon } = ct;
  // The comma may stand inside a quotation's closing marks: called the vote “a historic step,” adding that ...
  // "Hachette had waged a battle with Amazon — claiming the e-tailer was ...": a dash sets it off too.
  // "issued a statement warning that ...": the one who issued it.
  const statementBefore = lexicon.statementNouns.has(tokens[verb - 1]?.lower ?? '') && lexicon.complementizers.has(tokens[verb + 1]?.lower ?? '');
  const commaBefore = statementBefore || [',', '—', '–'].includes(tokens[verb - 1]?.text ?? '') || (ct.quotationOf[verb - 1] !== -1 && tokens[verb - 2]?.text === ',');
  // "..., suggesting that": an evidence verb too, but only with "that".
  const evidence = lexicon.evidenceVerbs.has(tokens[verb]!.lower) && lexicon.complementizers.has(tokens[verb + 1]?.lower ?? '');
  if (!commaBefore || !(lexicon.speechVerbs.has(tokens[verb]!.lower) || evidence)) return null;
  const sentenceIndex = ct.sentenceOf[verb]!;
  const end = ct.sentences[sentenceIndex]!.tokenEnd;
  // ", telling lawmakers that ...": the one told stands before "that".
  const told = ['telling', 'warning', 'reminding', 'assuring'].includes(tokens[verb]!.lower) && (OBJECT_PRONOUNS.has(tokens[verb + 1]?.lower ?? '') || !!tokens[verb + 1]?.isCapitalized) && lexicon.complementizers.has(tokens[verb + 2]?.lower ?? '');
  const that = lexicon.complementizers.has(tokens[verb + 1]?.lower ?? '') ? verb + 1 : told ? verb + 2 : -1;
  if (that < 0 && !(WITHOUT_THAT_PARTICIPLES.has(tokens[verb]!.lower) && looksLikeClause(ct, verb + 1, end) && !NOT_CLAUSE_STARTS.has(tokens[verb + 1]?.lower ?? ''))) return null;
  const contentStart = that >= 0 ? that + 1 : verb + 1;
  if (contentStart >= end || ct.quotationOf[contentStart] !== -1 && that < 0) return null;
  const before = ct.quotationOf[verb - 1] !== -1 ? tokenAt(ct, ct.quotations[ct.quotationOf[verb - 1]!]!.start) : verb - 1;
  let { start } = clauseStart(ct, before);
  // "Morrison said, “We are pleased” at the release, adding that ...": the clause began before the quotation.
  if (start > 0 && ct.quotationOf[start - 1] !== -1 && ct.sentenceOf[start - 1] === sentenceIndex && !lexicon.speechVerbs.has(tokens[start]!.lower)) start = clauseStart(ct, tokenAt(ct, ct.quotations[ct.quotationOf[start - 1]!]!.start)).start;
  // "“It’s so shallow …,” said van Sebille, noting that ...": after an inverted cue the source follows it.
  const invertedCue = lexicon.speechVerbs.has(tokens[start]!.lower) && (ct.quotationOf[start - 1] !== -1 || tokens[start - 1]?.text === ',');
  const subjectEnd = invertedCue ? start : firstVerb(ct, start, before);
  if (!invertedCue && (subjectEnd <= start || subjectEnd >= before)) return null;
  const source = invertedCue ? readSourcePhrase(ct, start + 1, before) : readSourcePhrase(ct, start, subjectEnd);
  if (!source) return null;
  const from = tokens[contentStart]!.start;
  const sentenceEnd = participleCueEnd(ct, contentStart, end) ?? contentEndOfSentence(ct, sentenceIndex);
  const to = Math.max(sentenceEnd, quotationEndInside(ct, from, sentenceEnd));
  if (to <= from) return null;
  return { start: from, end: to, source, cue: tokens[verb]!.text, kind: hasQuotation(ct, from, to) ? 'mixed' : 'indirect', confidence: source.form === 'name' ? 0.65 : 0.6 };
}

/** "CONTENT, say the researchers[, and CONTENT2]." and "As SOURCE explain(s), CONTENT." */
function inverted(ct: ClaimText, verb: number, sentenceIndex: number): RawClaim[] | null {
  const { tokens } = ct;
  const sentence = ct.sentences[sentenceIndex]!;
  const cue = tokens[verb]!.text;
  // "…, agency records show." inverts too, at the sentence's end.
  const evidenceAtEnd = ct.lexicon.evidenceVerbs.has(tokens[verb]!.lower) && tokens[verb - 1]?.text !== ',' && ['.', '!', '?'].includes(tokens[verb + 1]?.text ?? '');
  if (!(ct.lexicon.speechVerbs.has(tokens[verb]!.lower) || tokens[verb]!.lower === 'put' || evidenceAtEnd) || ct.lexicon.complementizers.has(tokens[verb + 1]?.lower ?? '')) return null;
  // As the authors explain, CONTENT. / As the keynote speaker, Dana Okafor, put it, CONTENT.
  const as = sentence.tokenStart;
  const putIt = tokens[verb]!.lower === 'put' && tokens[verb + 1]?.lower === 'it';
  const afterCue = putIt ? verb + 2 : verb + 1;
  if (tokens[as]!.lower === 'as' && verb - as >= 2 && verb - as <= 10 && tokens[afterCue]?.text === ',') {
    const source = readSourcePhrase(ct, as + 1, verb);
    const from = tokens[afterCue + 1];
    if (!source || !from) return null;
    const to = contentEndOfSentence(ct, sentenceIndex);
    return [{ start: from.start, end: to, source, cue, kind: hasQuotation(ct, from.start, to) ? 'mixed' : 'indirect', confidence: 0.7 }];
  }
  // CONTENT, say SOURCE, ... / CONTENT, SOURCE said.
  let comma = -1;
  let continuesAfter = -1;
  let sourceFrom = -1;
  let sourceTo = -1;
  // "..., and Instagram declined to say.": an infinitive is never the inverted cue.
  if (tokens[verb - 1]?.lower === 'to') return null;
  // "CONTENT, said X" inverts; "CONTENT, told X" does not: X is the one told.
  if (tokens[verb - 1]?.text === ',' && ct.lexicon.speechVerbs.get(tokens[verb]!.lower) === 'tell') return null;
  if (tokens[verb - 1]?.text === ',') {
    comma = verb - 1;
    sourceFrom = verb + 1;
    sourceTo = sourceFrom;
    while (sourceTo < sentence.tokenEnd && ![',', '.', ';'].includes(tokens[sourceTo]!.text)) sourceTo++;
  } else {
    for (let at = verb - 1; at > Math.max(sentence.tokenStart, verb - 9); at--) {
      if (tokens[at]!.text === ',') {
        comma = at;
        break;
      }
    }
    // "…, Foreign Minister Anneli Korhavan said on Thursday, ending …": a time may follow the verb.
    let after = afterCue;
    // "In November, Menard tells me, more than 1 million people ...": the one told, then the comma.
    const tells = ct.lexicon.speechVerbs.get(tokens[verb]!.lower) === 'tell';
    if (tells && ['me', 'us'].includes(tokens[after]?.lower ?? '')) after++;
    // "CONTENT, Tjahjanto told Reuters.", "..., he told local television.": the one told ends it.
    else if (tells && tokens[verb - 1]?.text !== ',') {
      let at = after;
      while (at < Math.min(sentence.tokenEnd, after + 4) && tokens[at]!.isWord) at++;
      if (at > after && ['.', '!', '?'].includes(tokens[at]?.text ?? '')) after = at;
    }
    while (after < Math.min(sentence.tokenEnd, verb + 8) && (['on', 'last', 'this', 'in', 'a', 'an', 'its', 'his', 'her', 'their', 'statement', 'interview', 'blog', 'post', 'email', 'emailed', 'letter', 'note', 'release', 'press', 'yesterday', 'today', 'earlier', 'late'].includes(tokens[after]!.lower) || TIME_WORDS.test(tokens[after]!.lower))) after++;
    // "…, Zuckerberg said at the trial.", "…, he said according to a transcript reviewed by …": a short prepositional phrase may end it.
    // "…, Noem said in the campaign's public service announcement.": the phrase may open where the skipped words began.
    if (after < sentence.tokenEnd && !['.', '!', '?', ','].includes(tokens[after]!.text) && ct.lexicon.prepositions.has(tokens[afterCue]?.lower ?? '')) after = afterCue;
    if (after < sentence.tokenEnd && (ct.lexicon.prepositions.has(tokens[after]!.lower) || tokens[after]!.lower === 'according')) {
      let at = after + 1;
      while (at < Math.min(sentence.tokenEnd, after + 10) && tokens[at]!.isWord) at++;
      if (['.', '!', '?'].includes(tokens[at]?.text ?? '.')) after = at;
    }
    if (comma < 0 || !['.', '!', '?', ','].includes(tokens[after]?.text ?? '.') && after < sentence.tokenEnd) return null;
    // "…, Tjahjanto added, although dynamite fishing is common": the writer's aside after the cue ends the claim.
    const aside = tokens[after]?.text === ',' && WRITER_ASIDES.has(tokens[after + 1]?.lower ?? '');
    if (!aside && tokens[after]?.text === ',' && (after === afterCue || (after === afterCue + 1 && ['me', 'us'].includes(tokens[afterCue]!.lower))) && !putIt) {
      // "It also pays to be wary of rivals, Zuckerberg said, and be willing to move fast": the rest is said too.
      if (tokens[after + 1]?.lower === 'and' && looksLikeClause(ct, clauseStart(ct, comma).start, comma)) continuesAfter = after;
      else {
        // "For days after a storm, Con Edison officials say, they often deal with ...": a cue set off
        // after an opening adverbial reports the clause that follows it.
        const parenthesised = parenthetical(ct, comma, verb, after, sentenceIndex);
        if (parenthesised) return parenthesised;
        // "CONTENT, Graham said, offering the example of ...": a participle after the cue is the
        // writer's; "CONTENT, Benioff said, ever since he did ...": a subordinate clause is more of what was said.
        const next = tokens[after + 1];
        const participle = !!next && /ing$/.test(next.lower) && !next.isCapitalized;
        if (!participle && !TRAILING_SUBORDINATORS.has(next?.lower ?? '')) return null;
        if (!participle) continuesAfter = after;
      }
    }
    // "CONTENT, as one analyst put it."
    sourceFrom = tokens[comma + 1]?.lower === 'as' ? comma + 2 : comma + 1;
    sourceTo = verb;
  }
  if (putIt && tokens[sourceFrom - 1]?.lower !== 'as') return null;
  if (comma < 0 || ct.quotationOf[comma - 1] !== -1) return null;
  const opening = clauseStart(ct, comma);
  let start = afterDateline(ct, opening.start, comma);
  // "Searchers had investigated ... but had found nothing ..., Tjahjanto told Reuters": a verb right
  // after "but"/"and" shares the subject before it, so the whole sentence is what was said.
  if (opening.starter !== null && ['but', 'and'].includes(tokens[opening.starter]!.lower) && verbAt(ct, start)) start = afterDateline(ct, clauseStart(ct, opening.starter).start, comma);
  // "“Now it’s hard to see what could persuade the Palestinians” to hold up on their plans, Indyk said": the quotation opens the content.
  if (start > sentence.tokenStart && ct.quotationOf[start - 1] !== -1 && tokenAt(ct, ct.quotations[ct.quotationOf[start - 1]!]!.start) === sentence.tokenStart) start = sentence.tokenStart;
  // "The crisis is “growing fast” and affects every community, Noem said": a quoted predicate and its coordinate are one content.
  else if (start > sentence.tokenStart && ct.quotationOf[start - 1] !== -1 && ['and', 'but', 'or'].includes(tokens[start]?.lower ?? '')) start = afterDateline(ct, clauseStart(ct, tokenAt(ct, ct.quotations[ct.quotationOf[start - 1]!]!.start)).start, comma);
  // "Linda Okafor, 71, a retired librarian, said the routine became a habit": a source and its
  // apposition before the comma and a clause after the verb are the forward order, not the inverted one.
  if (comma === verb - 1 && looksLikeClause(ct, verb + 1, sentence.tokenEnd)) {
    const before = readSourcePhrase(ct, start, comma);
    if (before && before.form !== 'pronoun') return null;
  }
  if (comma - start < 4 || !(looksLikeClause(ct, start, comma) || comma - start >= 6)) return null;
  const source = readSourcePhrase(ct, sourceFrom, sourceTo);
  if (!source) return null;
  // "X, a principal analyst, said the incident fits a pattern of ...": a long run after the verb is its clause, not a source.
  if (comma === verb - 1 && source.form === 'description' && sourceTo - sourceFrom > 5) return null;
  // "One of the most popular offerings so far, said the owners, is the Pick 6": set off inside the
  // clause, between its subject and its verb; the whole sentence is the content (the cue inside it).
  if (comma === verb - 1 && tokens[sourceTo]?.text === ',' && firstVerb(ct, sourceTo, sentence.tokenEnd) === sourceTo + 1 && !looksLikeClause(ct, start, comma)) {
    const to = contentEndOfSentence(ct, sentenceIndex);
    return [{ start: tokens[start]!.start, end: to, source, cue, kind: hasQuotation(ct, tokens[start]!.start, to) ? 'mixed' : 'indirect', confidence: 0.65 }];
  }
  const claims: RawClaim[] = [{ start: tokens[start]!.start, end: tokens[comma - 1]!.end, source, cue, kind: hasQuotation(ct, tokens[start]!.start, tokens[comma - 1]!.end) ? 'mixed' : 'indirect', confidence: 0.7 }];
  // ", and CONTENT2": the rest of the sentence is said by the same source.
  const andAt = continuesAfter >= 0 ? continuesAfter : sourceTo;
  const subordinate = TRAILING_SUBORDINATORS.has(tokens[andAt + 1]?.lower ?? '');
  if (tokens[andAt]?.text === ',' && (tokens[andAt + 1]?.lower === 'and' || subordinate) && andAt + 2 < sentence.tokenEnd) {
    const from = tokens[subordinate ? andAt + 1 : andAt + 2]!.start;
    const to = contentEndOfSentence(ct, sentenceIndex);
    if (to > from) claims.push({ start: from, end: to, source, cue, kind: 'indirect', confidence: 0.6 });
  }
  return claims;
}

/**
 * "Within months of the acquisition, Forte said, Whole Foods was selling ...": SOURCE and cue
 * between commas after the sentence's opening phrase, then the clause they report. The phrase
 * before has no verb of its own (with one, "The vendor, she said, took" is another reading, not
 * taken). Null when the rest is no clause.
 */
function parenthetical(ct: ClaimText, comma: number, verb: number, closing: number, sentenceIndex: number): RawClaim[] | null {
  const { tokens } = ct;
  const sentence = ct.sentences[sentenceIndex]!;
  const opening = sentence.tokenStart;
  if (comma <= opening || comma - opening > 10 || ct.quotationOf[closing + 1] !== -1) return null;
  // "If producers are squeezed too much, he noted, they may ...": a subordinate clause may open it too.
  const subordinate = SUBORDINATORS.has(tokens[opening]!.lower);
  if (tokens.slice(opening, comma).some((token) => !token.isWord) || (!subordinate && firstVerb(ct, opening, comma) < comma)) return null;
  // "more than 1 million people submitted ...": a verb within a dozen words, however long its subject.
  if (!looksLikeClause(ct, closing + 1, sentence.tokenEnd) && firstVerb(ct, closing + 1, Math.min(sentence.tokenEnd, closing + 13)) >= Math.min(sentence.tokenEnd, closing + 13)) return null;
  const source = readSourcePhrase(ct, comma + 1, verb);
  if (!source) return null;
  const from = tokens[closing + 1]!.start;
  let to = contentEndOfSentence(ct, sentenceIndex);
  // "..., the utility switched to vented covers, “so they cannot ...,” Mr. McHugh said.": a quotation with a speaker of its own ends it.
  for (let at = closing + 2; at < sentence.tokenEnd - 1; at++) {
    if (tokens[at]!.text !== ',' || ct.quotationOf[at + 1] === -1 || ct.quotationOf[at] !== -1) continue;
    const after = tokenAt(ct, ct.quotations[ct.quotationOf[at + 1]!]!.end);
    if (tokens.slice(after, Math.min(sentence.tokenEnd, after + 5)).some((token) => ct.lexicon.speechVerbs.has(token.lower))) {
      to = tokens[at - 1]!.end;
      break;
    }
  }
  if (to <= from) return null;
  return [{ start: from, end: to, source, cue: tokens[verb]!.text, kind: hasQuotation(ct, from, to) ? 'mixed' : 'indirect', confidence: source.form === 'name' ? 0.7 : 0.65 }];
}

/**
 * Where a second attribution in the same sentence begins (", and 52% of agency respondents said
 * ..."): the first content ends before its comma. Null when there is none.
 */
function nextAttributionIn(ct: ClaimText, from: number, end: number): number | null {
  const { tokens, lexicon } = ct;
  for (let at = from; at < end - 2; at++) {
    if (tokens[at]!.text !== ',' || !['and', 'but', 'while', 'whereas'].includes(tokens[at + 1]!.lower) || ct.quotationOf[at] !== -1) continue;
    for (let verb = at + 3; verb < Math.min(end, at + 10); verb++) {
      // The period of "Sen." or "Dr." is part of the name that follows.
      const abbreviation = tokens[verb]!.text === '.' && lexicon.titles.has(tokens[verb - 1]!.lower) && tokens[verb - 1]!.end === tokens[verb]!.start;
      if (([',', '.', ';', ':'].includes(tokens[verb]!.text) && !abbreviation) || ct.quotationOf[verb] !== -1) break;
      if (lexicon.speechVerbs.has(tokens[verb]!.lower) && ct.quotationOf[verb] === -1 && readSourcePhrase(ct, at + 2, verb)) return tokens[at - 1]!.end;
    }
  }
  return null;
}

/**
 * Where the writer's own comment on the content begins: a last ", a line the party later printed
 * ...", ", a charge she denied", ", which ..." after the reported clause. Null when there is none.
 */
function trailingComment(ct: ClaimText, from: number, end: number): number | null {
  const { tokens } = ct;
  // "Uber claims that its rating system is better, but that’s an unproven assumption": the writer answers.
  for (let at = from + 3; at < end - 2; at++) {
    if (tokens[at]!.text === ',' && ct.quotationOf[at] === -1 && tokens[at + 1]!.lower === 'but' && ['that', 'this'].includes(tokens[at + 2]!.lower) && (tokens[at + 2]!.isPossessive || tokens[at + 3]?.lower === 'is')) return tokens[at - 1]!.end;
  }
  // "..., but it is quite difficult to determine ...", "...—although it is not clear if ...": the writer's doubt.
  for (let at = from + 3; at < end - 3; at++) {
    if (ct.quotationOf[at] !== -1 || ![',', '—', '–'].includes(tokens[at]!.text) || !['but', 'although', 'though'].includes(tokens[at + 1]!.lower)) continue;
    const it = tokens[at + 2]!.lower === 'it' && ['is', 'was', 'remains'].includes(tokens[at + 3]?.lower ?? '') ? at + 4 : /^it['’]s$/.test(tokens[at + 2]!.text.toLowerCase()) ? at + 3 : -1;
    if (it < 0) continue;
    let word = it;
    while (word < end && ['not', 'quite', 'very', 'still', 'far', 'also'].includes(tokens[word]!.lower)) word++;
    if (['clear', 'unclear', 'difficult', 'hard', 'impossible', 'uncertain', 'unknown', 'too'].includes(tokens[word]?.lower ?? '')) return tokens[at - 1]!.end;
  }
  for (let at = Math.max(from + 3, end - 16); at < end - 2; at++) {
    if (tokens[at]!.text !== ',' || ct.quotationOf[at] !== -1 || !['a', 'an', 'which'].includes(tokens[at + 1]!.lower)) continue;
    if (tokens.slice(at + 1, end).some((token) => token.text === ',')) continue;
    return tokens[at - 1]!.end;
  }
  return null;
}

/** The first token after a wire story's dateline ("VELGRAD, March 14 (Reuters) - "), or `start` when there is none. */
function afterDateline(ct: ClaimText, start: number, end: number): number {
  const { tokens } = ct;
  if (!/^\p{Lu}{3,}$/u.test(tokens[start]?.text ?? '')) return start;
  for (let at = start + 1; at < Math.min(end, start + 12); at++) {
    if (['-', '–', '—'].includes(tokens[at]!.text) && tokens[at - 1]?.text === ')') return at + 1;
  }
  return start;
}

/** The token after a short quotation at `from` when a verb follows it ("“politics in this town” meant"), else -1. */
function quotedSubjectEnd(ct: ClaimText, from: number, end: number): number {
  const quotation = ct.quotations[ct.quotationOf[from]!]!;
  const words = ct.text.slice(quotation.contentStart, quotation.contentEnd).split(/\s+/).filter(Boolean).length;
  const after = tokenAt(ct, quotation.end);
  return words <= 6 && after < end && verbAt(ct, after) ? after : -1;
}

/** Whether tokens[index] reads as a verb ("that appeared", "that will"), so a "that" before it is a relative. */
function verbAt(ct: ClaimText, index: number): boolean {
  const token = ct.tokens[index];
  if (!token || !token.isWord || token.isCapitalized) return false;
  return ct.lexicon.finiteVerbs.has(token.lower) || ct.lexicon.speechVerbs.has(token.lower) || /ed$/.test(token.lower) || lexiconTags(token.lower).some((tag) => ['PastTense', 'PresentTense', 'Modal', 'Copula'].includes(tag));
}



/** Whether a group's head is people, a body or records ("researchers", "officials", "data"), which can show or suggest. */
function showsAsSource(ct: ClaimText, source: SourcePhrase): boolean {
  const head = source.text.toLowerCase().split(/\s+/).pop() ?? '';
  return ct.lexicon.sourceNouns.has(head) || ct.lexicon.organizationNouns.has(head) || RECORD_NOUNS.has(head) || lexiconTags(head).includes('Actor') || head === 'people';
}

// Openers of a subordinate clause that the sentence's main clause follows after a comma.
const SUBORDINATE_OPENERS = new Set(['although', 'though', 'while', 'whereas', 'because', 'since', 'if', 'unless', 'when', 'after', 'before', 'as']);

/**
 * "Although representatives of the family suggested he may have been murdered, Hawk Sawyer told
 * lawmakers ...": a cue inside a subordinate clause that opens the sentence reports only up to
 * the comma before the main clause. Null when it is not so.
 */
function subordinateClauseEnd(ct: ClaimText, starter: number | null, contentStart: number, end: number): number | null {
  if (starter === null || starter !== ct.sentences[ct.sentenceOf[starter]!]!.tokenStart || !SUBORDINATE_OPENERS.has(ct.tokens[starter]!.lower)) return null;
  for (let at = contentStart + 2; at < end - 2; at++) {
    // The main clause after the comma has its own subject and verb (not "underground, providing ...", "effective, if undesirable,").
    const next = ct.tokens[at + 1]!;
    if (ct.tokens[at]!.text === ',' && ct.quotationOf[at] === -1 && !/ing$/.test(next.lower) && !SUBORDINATE_OPENERS.has(next.lower) && looksLikeClause(ct, at + 1, end)) return ct.tokens[at - 1]!.end;
  }
  return null;
}

// Participles that report a statement of their own after a comma (", warning: “…”", ", adding that ...").
const CUE_PARTICIPLES = new Set(['saying', 'adding', 'warning', 'noting', 'arguing', 'insisting', 'claiming', 'explaining', 'stressing', 'telling', 'writing']);

/**
 * "Liu said that the army could be deployed, warning: “They are already there.”": a reporting
 * participle after a comma opens the next statement, so the first ends before it. Null when none.
 */
function participleCueEnd(ct: ClaimText, from: number, end: number): number | null {
  const { tokens } = ct;
  for (let at = from + 2; at < end - 1; at++) {
    if (!CUE_PARTICIPLES.has(tokens[at]!.lower) || ct.quotationOf[at] !== -1) continue;
    // ", adding" or, with American punctuation, “…,” adding: the comma may stand inside the closing marks.
    const comma = tokens[at - 1]!.text === ',' ? at - 1 : tokens[at - 2]?.text === ',' && ct.quotationOf[at - 1] !== -1 ? at - 2 : -1;
    if (comma < 0) continue;
    const after = tokens[at + 1]!;
    if (!(ct.lexicon.complementizers.has(after.lower) || after.text === ':' || ct.quotationOf[at + 1] !== -1)) continue;
    return comma === at - 1 ? tokens[comma - 1]!.end : tokens[at - 1]!.end;
  }
  return null;
}

/**
 * "Esper said it would be provided next year, but he gave no details": after ", but" (or " — and")
 * a new clause with its own subject (a pronoun, a determiner's noun, a name) is most often the
 * writer's, so the reported clause ends before it. Null when none.
 */
function writersClauseEnd(ct: ClaimText, from: number, end: number): number | null {
  const { tokens } = ct;
  for (let at = from + 3; at < end - 3; at++) {
    const mark = tokens[at]!;
    // The comma may stand inside closing marks: “farm country,” but the Chinese ...
    const closing = ct.quotationOf[at + 1] !== -1 && ct.quotationOf[at] !== -1 && mark.text === ',' && ct.quotationOf[at + 2] === -1;
    const joiner = closing ? at + 2 : at + 1;
    const setOff = (mark.text === ',' && (ct.quotationOf[at] === -1 || closing) && tokens[joiner]?.lower === 'but') || (['—', '–'].includes(mark.text) && ct.quotationOf[at] === -1 && ['and', 'but'].includes(tokens[joiner]?.lower ?? ''));
    if (!setOff) continue;
    let subject = joiner + 1;
    // "— and in some cases, he is right": a short adverbial before the subject.
    if (ct.lexicon.prepositions.has(tokens[subject]?.lower ?? '')) {
      let comma = subject + 1;
      while (comma < Math.min(end, subject + 5) && tokens[comma]!.text !== ',') comma++;
      if (tokens[comma]?.text === ',') subject = comma + 1;
    }
    const opener = tokens[subject];
    if (!opener || !(['he', 'she', 'it', 'they', 'i', 'we', 'the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(opener.lower) || (opener.isCapitalized && opener.isWord)) || ct.quotationOf[subject] !== -1) continue;
    if (!looksLikeClause(ct, subject, end)) continue;
    return closing ? tokens[at + 1]!.end : tokens[at - 1]!.end;
  }
  return null;
}

/**
 * Where the subject of the clause opening at `start` ends (its verb), before `limit`: firstVerb,
 * except that a one-word subject's past verb right after it counts ("Smith visited the site and said").
 */
function clauseVerb(ct: ClaimText, start: number, limit: number): number {
  const second = ct.tokens[start + 1];
  if (second && !second.isCapitalized && (/ed$/.test(second.lower) || lexiconTags(second.lower).includes('PastTense'))) return start + 1;
  return firstVerb(ct, start, limit);
}
