import type { ClaimText } from './claim-text.js';
import { firstVerb, tokenAt } from './clause-tools.js';
import { lexiconTags, isOrganizationWord } from './name-lexicon.js';
import type { SourcePhrase, SourceType } from './source-phrase.js';
import type { TextToken } from './text-token.js';

/*
 * Reads the source out of the words before (or after) a cue. No parser: the words are cut into
 * comma-separated segments ("A senior Armenian lawmaker" / "Armen Khachatrian" / "on Monday"),
 * segments that are adverbials (starting with a preposition, a gerund) are dropped, a relative
 * clause ends a segment ("respondents whose organizations ..."), and then a segment holding a name
 * wins over a description, the description becoming the role. Names are runs of capitalised words
 * ("Collective Security Treaty Organization"), without titles and demonyms in front ("Russian
 * President Vladimir Putin" gives "Vladimir Putin", role "Russian President"). The trade: an
 * unusual subject ("the thing that mattered most to the committee") is read wrong or not at all,
 * which costs a missed suggestion, never a wrong quote.
 */

const NAME_CONNECTORS = new Set(['of', 'de', 'van', 'von', 'der', 'den', 'al', 'bin', 'la', 'le', 'du', 'da', 'dos', 'del', '&']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'our', 'its', 'their', 'his', 'her', 'this', 'these', 'some', 'many', 'most', 'several']);
const NOT_NAMES = new Set(['i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// "according to our totals": the writer's own counting, like "our analysis".
const OWN_COUNTS = new Set(['totals', 'numbers', 'count', 'counts', 'tally', 'calculations', 'estimates', 'reporting', 'tracking', 'tracker', 'database']);
const MID_SUBORDINATORS = new Set(['after', 'before', 'when', 'because', 'since', 'until', 'while', 'as', 'once', 'if', 'unless', 'although', 'though']);
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'unless', 'if', 'when', 'whenever', 'after', 'before', 'since', 'until', 'once']);
const POSTNOMINALS = new Set(['familiar', 'close', 'knowledgeable', 'involved', 'briefed', 'speaking', 'opposed']);
const COUNTRY_INITIALS = new Set(['US', 'U.S', 'USA', 'UK', 'U.K', 'UAE']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves']);
const PERSON_TAGS = ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific'];
// The words of a bare share ("Just 18%", "More than half", "nearly a third").
const QUANTITY_WORDS = /^(\d[\d.,]*%?|%|per|cent|percent|just|only|more|than|nearly|almost|about|around|over|under|roughly|some|a|an|the|fewer|less|least|at)$/;
// Heads of descriptions that are documents ("the study", "a new clinical trial"), which "it" may refer to.
export const DOCUMENT_NOUNS = ['report', 'article', 'story', 'editorial', 'study', 'survey', 'research', 'findings', 'manifesto', 'paper', 'document', 'data', 'poll', 'trial', 'analysis', 'review', 'audit', 'filing', 'forecast', 'assessment', 'memo', 'letter', 'lawsuit', 'complaint', 'release', 'transcript', 'guidance', 'advisory', 'notice', 'bulletin', 'statement', 'post', 'summary', 'emails', 'records', 'documents', 'figures', 'statistics', 'results', 'messages', 'files', 'logs'];
const ORDINARY_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Gerund', 'PastTense', 'PresentTense', 'Infinitive', 'Modal', 'Copula', 'Adjective', 'QuestionWord', 'Expression'];

/**
 * Whether a source can have said something: a name, a typed description (a group, an organisation,
 * a document) or one whose head is a source noun ("one respondent"); not "The simplest way" or
 * "the task" in front of a colon.
 */
export function canSpeak(ct: ClaimText, source: SourcePhrase): boolean {
  const head = source.text.toLowerCase().split(/\s+/).pop() ?? '';
  return source.form === 'name' || source.type !== 'unknown' || ct.lexicon.sourceNouns.has(head);
}

/** The source named by tokens[from..to), or null when they hold none. */
export function readSourcePhrase(ct: ClaimText, from: number, to: number): SourcePhrase | null {
  // "Oil fell after sources told Reuters that": a subordinate clause inside the range opens with its own subject.
  for (let at = to - 2; at > from + 1 && at >= to - 7; at--) {
    const token = ct.tokens[at]!;
    if (!MID_SUBORDINATORS.has(token.lower) || ct.quotationOf[at] !== -1) continue;
    // Not "A spokesperson who did not wish to be named because of agency policy said": that is a relative clause of the subject.
    if (ct.tokens.slice(from, at).some((other) => !other.isWord || ct.lexicon.relatives.has(other.lower)) || firstVerb(ct, from, at) >= at) break;
    from = at + 1;
    break;
  }
  // The segment next to the cue is the subject; one before it is an apposition (a name and its
  // role, in either order: "One commenter, Bruce Van Horn," / "Mitchell Baker, executive chairwoman ...,").
  // "In a 1989 address to the Royal Varosian Society she argued": the pronoun next to the cue is the subject.
  const beforeCue = ct.tokens[to - 1];
  if (to - 1 > from && beforeCue && ['he', 'she', 'they'].includes(beforeCue.lower) && ct.tokens[to - 2]?.text !== ',') return readSegment(ct, [to - 1, to]);
  const segments = splitSegments(ct, from, to);
  const phrases = segments.map((segment) => readSegment(ct, segment));
  let last = phrases.length - 1;
  while (last >= 0 && phrases[last] === null) last--;
  let phrase = phrases[last];
  if (!phrase || phrase === FIRST_PERSON) return null;
  // "Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said": a place after a comma
  // ends the address of the segment before; the one speaking is named there.
  const isPlace = (candidate: SourcePhrase | null | undefined): boolean => !!candidate && candidate !== FIRST_PERSON && candidate.form === 'name' && (candidate.type === 'place' || lexiconTags(candidate.text.toLowerCase()).some((tag) => ['Country', 'City', 'Place', 'Region'].includes(tag)));
  if (isPlace(phrase)) {
    let at = last;
    while (at > 0 && isPlace(phrases[at]) && !segments[at - 1]!.adverbial && phrases[at - 1] && phrases[at - 1] !== FIRST_PERSON) at--;
    const before = phrases[at];
    if (at < last && before && ((before.form === 'name' && !isPlace(before)) || (before.form === 'description' && (canSpeak(ct, before) || phrases.slice(0, at).some((other) => other && other !== FIRST_PERSON && other.form === 'name' && !isPlace(other)))))) {
      phrase = before;
      last = at;
    }
  }
  // A role is the whole apposition ("a professor of economics at Halden University"), not only its head.
  const segmentText = ([start, end]: Segment): string => ct.text.slice(ct.tokens[start]!.start, ct.tokens[end - 1]!.end);
  // The apposition may stand past a segment that names nothing ("Linda Okafor, 71, a retired librarian"),
  // never in an adverbial ("In a CloudOps Alliance survey of 850 professionals, 62% of respondents said").
  // "Sandra Whitlock, vice president at Harborline, a Nimbic customer since 2019," : a name inside
  // "a ... customer" qualifies the apposition; the subject is the name segments before.
  if (last > 0 && (phrase.form === 'description' || nameQualifiesNoun(ct, segments[last]!, phrase))) {
    for (let earlier = last - 1; earlier >= 0 && !segments[earlier]!.adverbial; earlier--) {
      const candidate = phrases[earlier];
      if (candidate && candidate !== FIRST_PERSON && candidate.form === 'name') {
        const role = phrases[earlier + 1]?.form === 'description' ? segmentText(segments[earlier + 1]!) : null;
        return { ...candidate, role: candidate.role ?? role, type: candidate.type === 'unknown' ? 'person' : candidate.type };
      }
    }
  }
  let before = last - 1;
  while (before >= 0 && phrases[before] === null) before--;
  const other = before >= 0 && !segments[before]!.adverbial ? phrases[before] : null;
  if (other && other !== FIRST_PERSON) {
    if (phrase.form === 'name' && other.form === 'description') return { ...phrase, role: phrase.role ?? segmentText(segments[before]!), type: phrase.type === 'unknown' ? 'person' : phrase.type };
    if (phrase.form === 'description' && other.form === 'name') return { ...other, role: other.role ?? segmentText(segments[last]!), type: other.type === 'unknown' ? 'person' : other.type };
  }
  return phrase;
}

/**
 * Whether the "of" at `index` is inside one name: "The Bank of England" (after a body's noun),
 * "Secretary of State Mike Pompeo" (after a title, with a name after the office). Not "Wray
 * Grimaldi of the University of Otago" nor "CEO of Safaricom": there it opens a complement.
 */
function connectsName(ct: ClaimText, index: number, end: number): boolean {
  const { tokens, lexicon } = ct;
  const before = tokens[index - 1]!;
  if (tokens[index]!.lower !== 'of' || !before.isCapitalized || !before.isWord) return false;
  let after = index + 1;
  if (tokens[after]?.lower === 'the') after++;
  let capitals = 0;
  while (after + capitals < end && tokens[after + capitals]!.isCapitalized && tokens[after + capitals]!.isWord) capitals++;
  if (capitals === 0) return false;
  if (lexicon.titles.has(before.lower)) return capitals >= 3;
  return tokens[index + 1]!.lower !== 'the' && (lexicon.organizationNouns.has(before.lower) || isOrganizationWord(before.lower));
}

/** Whether a segment is "a/the ... NAME noun ...": the name modifies the noun ("a Nimbic customer since 2019", "the Draycott Lomax partner"). */
function nameQualifiesNoun(ct: ClaimText, [start, end]: Segment, name: SourcePhrase): boolean {
  const { tokens, lexicon } = ct;
  if (!['a', 'an', 'the'].includes(tokens[start]!.lower)) return false;
  // "the blogger behind the Physician on FIRE": a name after a preposition of the description is part of it.
  const nameStart = tokenAt(ct, name.start);
  if (tokens.slice(start + 1, nameStart).some((token) => lexicon.prepositions.has(token.lower) || lexiconTags(token.lower).includes('Preposition'))) return true;
  const after = Math.max(start, tokenAt(ct, name.end));
  return after < end && tokens[after]!.isWord && !tokens[after]!.isCapitalized && !lexicon.prepositions.has(tokens[after]!.lower);
}

/**
 * Whether the words after a name end in an organisation's, a document's or a group's noun: "the
 * Varenian foreign ministry", "a Castellan Research report", "Obama administration officials" are
 * that body, document or group, not the name. A
 * person's role ("a Google spokesperson") keeps the name as the source.
 */
function qualifiesBodyNoun(ct: ClaimText, runEnd: number, end: number): boolean {
  const last = ct.tokens[end - 1];
  if (!last || end <= runEnd || !last.isWord || last.isCapitalized) return false;
  // "Obama administration officials": a group described by the name is that group.
  const group = /[^s]s$/.test(last.lower) && ct.lexicon.sourceNouns.has(last.lower);
  return ct.lexicon.organizationNouns.has(last.lower) || DOCUMENT_NOUNS.includes(last.lower) || group;
}

/**
 * Whether "a/one ... NAME noun" is someone described by the name ("One Reddit user", "a Nimbic
 * customer"): a description. One who speaks for the name ("a Google spokesperson") keeps the name.
 */
function qualifiesPersonNoun(ct: ClaimText, start: number, runEnd: number, end: number): boolean {
  const { tokens } = ct;
  const last = tokens[end - 1];
  if (!last || end <= runEnd || !last.isWord || last.isCapitalized || !['a', 'an', 'one', 'another'].includes(tokens[start]!.lower)) return false;
  return !SPEAKS_FOR.has(last.lower) && tokens.slice(runEnd, end).every((token) => token.isWord && !token.isCapitalized);
}

// Roles that speak for the organisation named before them.
const SPEAKS_FOR = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'official', 'officials', 'statement', 'source', 'sources', 'executive', 'executives']);

/** What readSegment gives for "I" or "we": the author, who is never a suggestion's source. */
const FIRST_PERSON: SourcePhrase = { text: '', role: null, form: 'pronoun', type: 'unknown', gender: null, plural: false, start: 0, end: 0 };

/** Token ranges between commas, parentheses and dashes, without adverbial segments and relative clauses. */
type Segment = [number, number] & { adverbial?: boolean };

function splitSegments(ct: ClaimText, from: number, to: number): Segment[] {
  const segments: [number, number][] = [];
  let start = from;
  let depth = 0;
  const close = (end: number): void => {
    if (end > start) segments.push([start, end]);
  };
  for (let index = from; index < to; index++) {
    const token = ct.tokens[index]!;
    if (ct.quotationOf[index] !== -1) {
      close(index);
      start = index + 1;
      continue;
    }
    if (token.text === '(') depth++;
    if (token.text === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (token.text === ',' || token.text === '—' || token.text === '–' || token.text === ';')) {
      close(index);
      start = index + 1;
    }
  }
  close(to);
  return segments.map(([start, end]) => trimSegment(ct, start, end)).filter((segment): segment is Segment => segment !== null);
}

function trimSegment(ct: ClaimText, start: number, end: number): Segment | null {
  const { tokens, lexicon } = ct;
  const first = tokens[start];
  if (!first) return null;
  // ", which runs BackupVault across two data centres,": a relative clause between commas names no source.
  if (lexicon.relatives.has(first.lower) && !first.isCapitalized && first.lower !== 'that') return null;
  // "Although representatives suggested ..., Nadia Orr told": a subordinate clause before the subject is no apposition of it.
  if (SUBORDINATORS.has(first.lower) && end - start > 3) return Object.assign([start, start + 1] as [number, number], { adverbial: true });
  // "Sen. Ted Cruz, R-Texas, said": a party and a state are an aside, never the source.
  if (end - start <= 2 && /^[RDI]-\p{Lu}/u.test(first.text)) return null;
  let adverbial = false;
  // An adverbial segment ("on Monday", "Citing an unnamed source") may still hold a name after its own noun ("In that update Baker").
  // A sentence's first -ing word opens an adverbial ("Citing an unnamed source", "Speaking to reporters") when a determiner, a preposition or a name follows it; "Fishing associations" is a noun phrase.
  const second = tokens[start + 1];
  const gerundOpens = !!second && (DETERMINERS.has(second.lower) || ['all', 'every', 'each', 'no', 'such'].includes(second.lower) || lexicon.prepositions.has(second.lower) || lexicon.pronouns.has(second.lower) || second.isCapitalized);
  if (lexicon.prepositions.has(first.lower) || (first.lower.endsWith('ing') && !first.isCapitalized) || (first.lower.endsWith('ing') && start === ct.sentences[ct.sentenceOf[start]!]!.tokenStart && gerundOpens)) {
    let candidate = start + 1;
    while (candidate < end && !(tokens[candidate]!.isCapitalized && !lexicon.prepositions.has(tokens[candidate - 1]!.lower) && !DETERMINERS.has(tokens[candidate - 1]!.lower))) candidate++;
    if (candidate >= end) return null;
    start = candidate;
    adverbial = true;
  }
  for (let index = start; index < end; index++) {
    if (index > start && lexicon.relatives.has(tokens[index]!.lower) && !tokens[index]!.isCapitalized) {
      end = index;
      break;
    }
  }
  // "Wired Italy" keeps its "-ly" (a capitalised word is no adverb); "The change log itself" drops the reflexive.
  while (end > start && (lexicon.verbModifiers.has(tokens[end - 1]!.lower) || (/ly$/.test(tokens[end - 1]!.lower) && !tokens[end - 1]!.isCapitalized) || REFLEXIVES.has(tokens[end - 1]!.lower) || tokens[end - 1]!.text === '.')) end--;
  while (start < end && /ly$/.test(tokens[start]!.lower) && !tokens[start]!.isCapitalized) start++;
  // "representatives of the banker suggested the man may have been murdered": a clause of its own
  // (a reporting verb and an auxiliary) is no apposition of the subject.
  const words = tokens.slice(start, end);
  if (words.some((token) => lexicon.speechVerbs.has(token.lower) || lexicon.evidenceVerbs.has(token.lower)) && words.some((token) => ['may', 'might', 'would', 'will', 'could', 'had', 'has', 'have', 'was', 'were', 'is', 'are'].includes(token.lower))) return null;
  return end > start ? Object.assign([start, end] as [number, number], { adverbial }) : null;
}

function readSegment(ct: ClaimText, [start, end]: [number, number]): SourcePhrase | null {
  const { tokens, lexicon, text } = ct;
  const words = tokens.slice(start, end);
  if (words.every((token) => lexicon.nameSuffixes.has(token.lower) || !token.isWord)) return null;
  if (words.length === 1) {
    const only = words[0]!;
    // "He’ll say", "they’d argue": the pronoun with its auxiliary in one token.
    const bare = /^(he|she|they)['’](ll|d|ve)$/.exec(only.text.toLowerCase())?.[1] ?? only.lower;
    if ((!only.isPossessive || bare !== only.lower) && ['he', 'she', 'they', 'it'].includes(bare)) {
      const pronoun = pronounPhrase(ct, only, bare);
      if (pronoun) return { ...pronoun, end: only.end };
    }
    if (isFirstPerson(ct, only)) return FIRST_PERSON;
    if (lexicon.nonSources.has(only.lower)) return null;
  }
  if (isFirstPerson(ct, words[0]!) && !words[0]!.isPossessive && words[0]!.lower !== 'our' && words[0]!.lower !== 'my') return FIRST_PERSON;
  // "and we’ll say", "I’d argue": a first person with its auxiliary in one token.
  if (/^(i|we)['’](ll|d|ve|re|m)$/.test(words[words.length - 1]!.text.toLowerCase())) return FIRST_PERSON;
  if (lexicon.nonSources.has(words[0]!.lower) && words.length === 1) return null;
  // A possessive run modifies what follows ("RedMonk’s Stephens", "Mozilla's CTO"): the head comes later.
  // A name after a preposition is a complement ("executive chairwoman of Mozilla Corporation"), not the head.
  let headEnd = end;
  // Where a description's words end when more than its head names it ("people familiar with the talks").
  let describedTo = -1;
  for (let index = start + 1; index < end; index++) {
    // "State Sen. Michael Doherty (R-Warren)": a parenthesis after the head is an aside (a party, an age, a handle).
    if (ct.tokens[index]!.text === '(') {
      headEnd = index;
      break;
    }
    // "More than half of respondents": "than" after a comparative and a partitive "of" keep the phrase going.
    if (tokens[index]!.lower === 'than' && ['more', 'less', 'fewer'].includes(tokens[index - 1]!.lower)) continue;
    // "A city staff report presented at the meeting", "a study published in ...": a participle ends the head.
    if (index > start + 1 && /[^e]ed$|shown|written|done|made$/.test(tokens[index]!.lower) && !tokens[index]!.isCapitalized && lexicon.prepositions.has(tokens[index + 1]?.lower ?? '')) {
      headEnd = index;
      break;
    }
    if (connectsName(ct, index, end)) continue;
    // "people familiar with the talks", "officials close to the president": an adjective after the noun ends the head.
    if (POSTNOMINALS.has(tokens[index]!.lower) && lexicon.prepositions.has(tokens[index + 1]?.lower ?? '')) {
      headEnd = index;
      describedTo = end;
      break;
    }
    if (lexicon.prepositions.has(tokens[index]!.lower) && !(tokens[index]!.lower === 'of' && tokens.slice(start, index).some((token) => lexicon.quantities.has(token.lower) || /\d|%/.test(token.text)))) {
      headEnd = index;
      break;
    }
  }
  const run = lastNameRun(ct, start, headEnd);
  if (run && !qualifiesBodyNoun(ct, run[1], headEnd) && !qualifiesPersonNoun(ct, start, run[1], headEnd)) return namePhrase(ct, start, headEnd, run);
  // "a report in the Daily Express newspaper", "an article on Sitepoint": whose document it is names the source.
  if (!run && headEnd < end && ['in', 'by', 'from', 'on'].includes(tokens[headEnd]!.lower) && DOCUMENT_NOUNS.includes(tokens[headEnd - 1]!.lower) && ['a', 'an', 'the'].includes(tokens[start]!.lower) && headEnd - start <= 4) {
    const owner = lastNameRun(ct, headEnd + 1, end);
    // Not "a study by Harvard researchers": those researchers are the source, a group.
    const after = owner ? tokens.slice(owner[1], end).filter((token) => token.isWord) : [];
    if (owner && after.every((token) => ct.lexicon.organizationNouns.has(token.lower) || ['newspaper', 'magazine', 'website', 'site', 'blog'].includes(token.lower))) return { ...namePhrase(ct, headEnd + 1, end, owner), role: null, type: 'organization' };
  }
  end = headEnd;
  // A description: strip a partitive ("Over half (55%) of respondents" gives "respondents").
  let from = start;
  for (let index = start; index < end; index++) {
    if (tokens[index]!.lower === 'of' && tokens.slice(from, index).some((token) => lexicon.quantities.has(token.lower) || /\d|%/.test(token.text))) from = index + 1;
  }
  // A parenthesis inside a description is an aside ("More than half of respondents (54%)").
  let depth = 0;
  const kept = tokens.slice(from, end).filter((token) => {
    if (token.text === '(' || token.text === ')') depth = Math.max(0, depth + (token.text === '(' ? 1 : -1));
    return depth === 0 && (token.isWord || token.text === '-');
  });
  // "64% said", "Just 18% said", "a third reported": a share of a group surveyed, resolved to that group.
  // A bare number is no share ("Linda Okafor, 71, ..." is her age).
  if (from === start && tokens.slice(start, end).some((token) => /%|^(percent|cent)$/.test(token.lower) || (lexicon.quantities.has(token.lower) && !/^\d/.test(token.text))) && tokens.slice(start, end).every((token) => QUANTITY_WORDS.test(token.lower) || lexicon.quantities.has(token.lower) || !token.isWord)) {
    return { text: text.slice(tokens[start]!.start, tokens[end - 1]!.end), role: null, form: 'description', type: 'group', gender: null, plural: true, start: tokens[start]!.start, end: tokens[end - 1]!.end, share: true };
  }
  if (kept.length === 0 || kept.length > 8) return null;
  if (kept.length === 1 && (lexicon.firstPerson.has(kept[0]!.lower) || lexicon.nonSources.has(kept[0]!.lower) || lexicon.pronouns.has(kept[0]!.lower))) return null;
  const head = kept[kept.length - 1]!;
  // "The 56-year-old said": an age stands for a person (the resolver finds whom).
  if (/^\d{1,3}-year-old$/.test(head.lower) && ['the', 'a'].includes(tokens[from]!.lower)) {
    return { text: text.slice(tokens[from]!.start, head.end), role: null, form: 'description', type: 'person', gender: null, plural: false, start: tokens[from]!.start, end: head.end };
  }
  if (/\d/.test(head.text)) return null;
  // "Many reports", "several findings": a plural after a determiner is a noun, whatever else the word can be.
  const before = kept[kept.length - 2];
  const pluralAfterDeterminer = kept.length === 2 && before !== undefined && /[^s]s$/.test(head.lower) && (DETERMINERS.has(before.lower) || lexicon.quantities.has(before.lower));
  if (!isNounLike(ct, head) && !pluralAfterDeterminer) return null;
  const plural = /[^s]s$/.test(head.lower) || head.lower === 'people' || head.lower === 'police';
  const type: SourceType = lexicon.organizationNouns.has(head.lower) ? 'organization' : plural ? 'group' : DOCUMENT_NOUNS.includes(head.lower) ? 'document' : 'unknown';
  // "Our rough research has told us ...", "my analysis shows ...": the author's own work, so the author's own statement.
  if (['our', 'my'].includes(tokens[from]!.lower) && (type === 'document' || OWN_COUNTS.has(head.lower))) return FIRST_PERSON;
  const describedEnd = describedTo > 0 ? tokens[describedTo - 1]!.end : head.end;
  return { text: text.slice(tokens[from]!.start, describedEnd), role: null, form: 'description', type, gender: null, plural, start: tokens[from]!.start, end: describedEnd };
}


/**
 * The source phrase of a subject pronoun ("he", "they") standing at the start of `token` (which
 * may hold more: "he’s", "they’ll"), for the resolver to find whom it means; null for other words.
 */
export function pronounPhrase(ct: ClaimText, token: TextToken, word: string): SourcePhrase | null {
  const pronoun = ct.lexicon.pronouns.get(word);
  if (!pronoun) return null;
  return { text: token.text.slice(0, word.length), role: null, form: 'pronoun', type: pronoun === 'plural' ? 'group' : pronoun === 'neuter' ? 'organization' : 'person', gender: pronoun === 'male' || pronoun === 'female' ? pronoun : null, plural: pronoun === 'plural', start: token.start, end: token.start + word.length };
}

/** The name of a run (from nameRuns) as a source phrase; what stands before it in the segment is its role. */
export function namePhrase(ct: ClaimText, start: number, end: number, [runStart, runEnd, nameStart]: [number, number, number]): SourcePhrase {
  const { tokens, lexicon, text } = ct;
  const all = tokens.slice(nameStart, runEnd);
  const kept = all.filter((token) => !lexicon.nameSuffixes.has(token.lower));
  const nameTokens = kept.length > 0 ? kept : all;
  const nameText = nameTokens.map((token) => (token.isPossessive ? token.text.replace(/['’]s?$/, '') : token.text)).join(' ').replace(/ \. /g, '. ');
  const roleEnd = nameStart;
  const roleText = roleEnd > start ? text.slice(tokens[start]!.start, tokens[roleEnd - 1]!.end).replace(/['’]s?$/, '') : null;
  const type = nameType(ct, nameTokens, tokens.slice(runStart, nameStart));
  return {
    text: nameText,
    role: roleText && roleText.split(/\s+/).length <= 10 && hasRoleWord(ct, start, roleEnd) ? roleText : null,
    form: 'name',
    type: type === 'unknown' && roleText && hasRoleWord(ct, start, roleEnd) ? 'person' : type,
    gender: genderOf(ct, nameStart, runEnd) ?? genderOf(ct, start, nameStart),
    plural: false,
    start: tokens[nameStart]!.start,
    end: tokens[runEnd - 1]!.end,
  };
}

function isNounLike(ct: ClaimText, token: TextToken): boolean {
  if (ct.lexicon.sourceNouns.has(token.lower)) return true;
  const tags = lexiconTags(token.lower);
  if (tags.some((tag) => ['Plural', 'Singular', 'Actor', 'Uncountable', 'Noun', 'Organization'].includes(tag))) return true;
  if (tags.some((tag) => ORDINARY_TAGS.includes(tag))) return false;
  return tags.length === 0 && !/ly$/.test(token.lower);
}

/** The last run of capitalised words in tokens[start..end) that is a name: [runStart, runEnd, nameStart] (nameStart after titles). */
function lastNameRun(ct: ClaimText, start: number, end: number): [number, number, number] | null {
  const runs = nameRuns(ct, start, end).filter(([, runEnd]) => !(ct.tokens[runEnd - 1]!.isPossessive && runEnd < end));
  return runs[runs.length - 1] ?? null;
}

/** Every run of capitalised words in tokens[start..end) that is a name. */
export function nameRuns(ct: ClaimText, start: number, end: number): [number, number, number][] {
  const { tokens, lexicon } = ct;
  const found: [number, number, number][] = [];
  let index = start;
  while (index < end) {
    if (!isNameWord(ct, index)) {
      index++;
      continue;
    }
    const runStart = index;
    let runEnd = index + 1;
    while (runEnd < end) {
      const token = tokens[runEnd]!;
      if (isNameWord(ct, runEnd) && !tokens[runEnd - 1]!.isPossessive) runEnd++;
      else if (token.text === '.' && tokens[runEnd - 1]!.end === token.start && isNameWord(ct, runEnd + 1) && runEnd + 1 < end) runEnd += 2;
      else if (NAME_CONNECTORS.has(token.lower) && !token.isCapitalized && runEnd + 1 < end && isNameWord(ct, runEnd + 1)) runEnd += 2;
      // "Chancellor of the Exchequer Sajid Javid": "of the" inside a title.
      else if (token.lower === 'of' && tokens[runEnd + 1]?.lower === 'the' && runEnd + 2 < end && lexicon.titles.has(tokens[runStart]!.lower) && isNameWord(ct, runEnd + 2)) runEnd += 3;
      else break;
    }
    // "San Jose-based", "Kremlin-backed": a name that is part of an adjective is no name of its own.
    if (isNameAdjective(tokens[runEnd])) {
      index = runEnd + 1;
      continue;
    }
    let nameStart = runStart;
    // "GitLab CEO Sid Reyes": the name is what follows the run's last title.
    for (let at = runEnd - 2; at > runStart; at--) {
      if (lexicon.titles.has(tokens[at]!.lower) && /^\p{Lu}/u.test(tokens[at]!.text) && tokens[at]!.text === tokens[at]!.text.toUpperCase() && tokens[at]!.text.length > 1) {
        nameStart = at;
        break;
      }
      // "State Park Ranger Supervisor Robert Colligan": a title or a word for a person's role, then a given name and a surname or two.
      if ((lexicon.titles.has(tokens[at]!.lower) || lexiconTags(tokens[at]!.lower).includes('Actor')) && runEnd - at - 1 >= 2 && runEnd - at - 1 <= 3 && isGivenName(tokens[at + 1]!.lower)) {
        nameStart = at + 1;
        break;
      }
    }
    // "Secretary of State Mike Pompeo": after a title's "of ...", the name is a given name and a surname (or the last two words).
    if (nameStart === runStart && lexicon.titles.has(tokens[runStart]!.lower)) {
      let connector = -1;
      for (let at = runEnd - 3; at > runStart; at--) {
        if (NAME_CONNECTORS.has(tokens[at]!.lower) && !tokens[at]!.isCapitalized) {
          connector = at;
          break;
        }
      }
      if (connector > 0) {
        let given = -1;
        for (let at = connector + 1; at < runEnd - 1; at++) {
          if (tokens[at]!.lower !== 'the' && isGivenName(tokens[at]!.lower) && runEnd - at <= 3) {
            given = at;
            break;
          }
        }
        if (given > 0) nameStart = given;
        else if (runEnd - connector - 1 >= 3 && tokens[runEnd - 3]!.lower !== 'the') nameStart = runEnd - 2;
      }
    }
    while (nameStart < runEnd - 1 && (lexicon.titles.has(tokens[nameStart]!.lower) || tokens[nameStart]!.text === '.' || lexiconTags(tokens[nameStart]!.lower).includes('Demonym') || lexiconTags(tokens[nameStart]!.lower).includes('Honorific'))) nameStart++;
    // "Minister of Foreign Affairs" with no name after it: the title is all there is.
    if (NAME_CONNECTORS.has(tokens[nameStart]!.lower) && !tokens[nameStart]!.isCapitalized) nameStart = runStart;
    const nameTokens = tokens.slice(nameStart, runEnd);
    const isName = !(nameTokens.length === 1 && (lexicon.titles.has(nameTokens[0]!.lower) || lexiconTags(nameTokens[0]!.lower).includes('Demonym')));
    if (isName) found.push([runStart, runEnd, nameStart]);
    index = runEnd;
  }
  return found;
}

/** Whether compromise knows a lower-case word as a given name ("robert", "jane"). */
export function isGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName' || tag === 'Person');
}

const NAME_ADJECTIVE_ENDINGS = new Set(['led', 'born', 'run', 'owned', 'style', 'era', 'wide', 'like', 'made', 'held', 'bound', 'centric', 'specific', 'area', 'level', 'class', 'friendly', 'free', 'only', 'linked', 'based', 'backed', 'funded', 'allied', 'aligned', 'inspired', 'themed', 'focused', 'listed', 'headquartered', 'controlled', 'occupied', 'built', 'grown', 'sponsored', 'tied', 'flagged', 'registered', 'trained', 'educated', 'speaking', 'leaning', 'loving']);

/** A capitalised word with a lower-case hyphenated ending: "Jose-based", "US-led". */
function isNameAdjective(token: TextToken | undefined): boolean {
  // Not "Hau-yip" (Cheuk Hau-yip): a given name's second part, which is no participle or adjective.
  return !!token && token.isCapitalized && /-\p{Ll}+$/u.test(token.text) && (/^\p{Lu}-/u.test(token.text) || /-\p{Ll}+ed$/u.test(token.text) || NAME_ADJECTIVE_ENDINGS.has(token.text.slice(token.text.lastIndexOf('-') + 1)));
}

/** "I", "we", "us", but not "US" (the country, as in "US officials"). */
function isFirstPerson(ct: ClaimText, token: TextToken): boolean {
  return ct.lexicon.firstPerson.has(token.lower) && !(token.text.length > 1 && token.text === token.text.toUpperCase());
}

function isNameWord(ct: ClaimText, index: number): boolean {
  const token = ct.tokens[index];
  if (!token || !token.isWord || !token.isCapitalized || ct.quotationOf[index] !== -1 || isNameAdjective(token)) return false;
  if (NOT_NAMES.has(token.lower) || isFirstPerson(ct, token) || ct.lexicon.pronouns.has(token.lower)) return false;
  // "Aren’t", "We’re": a contraction is never a name.
  if (/['’](t|re|m|ll|ve|d)$/.test(token.lower)) return false;
  if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(token.text)) return true;
  const tags = lexiconTags(token.lower);
  if (tags.some((tag) => PERSON_TAGS.includes(tag) || ['Organization', 'Country', 'City', 'Place', 'Region', 'ProperNoun', 'Demonym'].includes(tag))) return true;
  if (ct.lexicon.titles.has(token.lower)) return true;
  // A capitalised ordinary word (a sentence's first word, a heading) is no name.
  const sentence = ct.sentences[ct.sentenceOf[index]!]!;
  const first = sentence.tokenStart === index || ct.tokens[index - 1]?.text === '“' || ct.tokens[index - 1]?.text === '"';
  // Unless the text names someone with it inside a sentence and never uses it in lower case ("Josh Earnest ... Earnest added").
  const knownName = ct.innerCapitals.has(token.lower) && !ct.lowerWords.has(token.lower);
  if (first && !knownName && (tags.length > 0 || ct.lowerWords.has(token.lower))) return false;
  // "Sharks are native to the area": an unknown opening word with a plural verb after it is a plural noun, not one person's name.
  if (first && !knownName && ['are', 'were', 'have', 'do', 'aren’t', "aren't", 'weren’t', "weren't"].includes(ct.tokens[index + 1]?.lower ?? '')) return false;
  // "Simply put, ...": an opening -ly word the lexicon does not know as a name is an adverb.
  if (first && !knownName && /ly$/.test(token.lower)) return false;
  // "Negotiations between the two sides ...": an opening word with a common noun's ending is that noun.
  if (first && !knownName && token.lower.length > 6 && /(tions?|sions?|ments|ities|nesses)$/.test(token.lower)) return false;
  if (!first && ct.lowerWords.has(token.lower) && tags.some((tag) => ORDINARY_TAGS.includes(tag) || tag === 'Plural' || tag === 'Singular')) return false;
  return true;
}

function nameType(ct: ClaimText, name: TextToken[], before: TextToken[]): SourceType {
  const last = name[name.length - 1]!;
  const lastTags = lexiconTags(last.lower);
  if (isOrganizationWord(last.lower) || ct.lexicon.organizationNouns.has(last.lower) || lastTags.includes('Organization')) return 'organization';
  // "US officials", "the UK": a country's initials are a place, which "they" does not refer to.
  if (name.length === 1 && COUNTRY_INITIALS.has(last.text)) return 'place';
  if (name.length === 1 && /^\p{Lu}[\p{Lu}\d&]+$/u.test(last.text)) return 'organization';
  if (name.length === 1 && lastTags.some((tag) => ['Country', 'City', 'Place', 'Region'].includes(tag))) return 'place';
  const firstTags = lexiconTags(name[0]!.lower);
  if (firstTags.some((tag) => PERSON_TAGS.includes(tag)) || lastTags.includes('LastName')) return 'person';
  if (before.some((token) => ct.lexicon.titles.has(token.lower))) return 'person';
  return 'unknown';
}

function hasRoleWord(ct: ClaimText, start: number, end: number): boolean {
  return ct.tokens.slice(start, end).some((token) => ct.lexicon.sourceNouns.has(token.lower) || ct.lexicon.titles.has(token.lower) || lexiconTags(token.lower).includes('Actor'));
}

function genderOf(ct: ClaimText, start: number, end: number): 'male' | 'female' | null {
  for (const token of ct.tokens.slice(start, end)) {
    const tags = lexiconTags(token.lower);
    if (tags.includes('MaleName') || ct.lexicon.maleWords.has(token.lower)) return 'male';
    if (tags.includes('FemaleName') || ct.lexicon.femaleWords.has(token.lower)) return 'female';
  }
  return null;
}
