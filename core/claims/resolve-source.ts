import type { ClaimText } from './claim-text.js';
import { firstVerb, looksLikeTitle, tokenAt } from './clause-tools.js';
import { DOCUMENT_NOUNS, isGivenName, nameRuns, namePhrase, readSourcePhrase } from './read-source-phrase.js';
import type { SourcePhrase } from './source-phrase.js';

/*
 * Pronouns and descriptions resolved to a named source. "he said" takes the nearest compatible
 * name, searching back sentence by sentence and, inside each sentence, the first compatible name
 * first: the first name of a sentence is most often its subject, the entity the next sentence
 * goes on about (centering theory's preference), which is why "Putin offered to meet Pashinian
 * and Aliyev ... “You can agree on a date,” he said" gives Putin, not Aliyev. Compatible: "he"
 * and "she" want a person (or a name of unknown kind) of that gender or of none known; "it" an
 * organisation, a place or a document; "they" a group or an organisation. "The company" and "the
 * site" take the nearest organisation name. A surname alone ("Khachatrian", "Dr. Shadlen") takes
 * the fullest name ending with it anywhere in the article. Nothing compatible within
 * SENTENCES_BACK sentences leaves the pronoun unresolved, and the suggestion is dropped.
 */

const SENTENCES_BACK = 6;
// Heads of a description of one person, besides titles ("the mayor"): "the lawyer", "the analyst".
// "The 56-year-old said": an age stands for the person it describes.
const AGE = /^\d{1,3}-year-old$/;
const isPersonHead = (head: string): boolean => PERSON_HEADS.has(head) || AGE.test(head);
const PERSON_HEADS = new Set(['councillor', 'councilor', 'lawyer', 'attorney', 'analyst', 'researcher', 'author', 'professor', 'doctor', 'physician', 'economist', 'scientist', 'founder', 'executive', 'officer', 'spokesperson', 'coach', 'manager', 'striker', 'goalkeeper', 'captain', 'witness', 'defendant', 'prosecutor', 'investigator', 'engineer', 'designer', 'developer', 'owner', 'resident', 'nurse', 'teacher', 'activist', 'lawmaker', 'legislator', 'official', 'diplomat', 'astronomer', 'historian', 'biographer', 'critic', 'veteran', 'director', 'actor', 'actress', 'singer', 'musician', 'artist', 'player', 'producer', 'writer', 'novelist', 'reporter', 'journalist', 'editor', 'chef', 'pilot', 'student', 'detective', 'sheriff', 'judge', 'teen', 'teenager', 'suspect', 'victim', 'woman', 'man', 'mother', 'father', 'wife', 'husband', 'girl', 'boy', 'businessman', 'billionaire', 'star', 'rapper', 'comedian']);
// "a survey of 310 brand marketers": the nouns whose "of" names the group a share belongs to.
const SURVEY_NOUNS = new Set(['survey', 'poll', 'study', 'sample', 'panel', 'census', 'interviews']);
// What "the report" and "the study" may refer back to: a name ending in one of these words, or followed by one.
const DOCUMENT_TITLE_WORDS = new Set(['report', 'survey', 'study', 'outlook', 'index', 'review', 'census', 'barometer', 'monitor', 'trial', 'audit', 'assessment']);
const TITLE_CONNECTORS = new Set(['of', 'and', 'in', 'for', 'on', '&']);
// Documents that someone issues, whose words are the issuer's: "the statement read".
const ISSUED_DOCUMENTS = new Set(['statement', 'letter', 'post', 'release', 'memo', 'tweet', 'email', 'notice', 'advisory', 'filing', 'complaint']);
const DOCUMENT_HEADS = new Set(['report', 'survey', 'study', 'trial', 'paper', 'review', 'analysis', 'poll', 'audit', 'index']);
// Heads of descriptions that name a kind of body, which a name must share ("the ministry" / "Foreign Ministry").
const INSTITUTION_HEADS = new Set(['ministry', 'government', 'agency', 'council', 'committee', 'party', 'union', 'bank', 'club', 'court', 'parliament', 'commission', 'department', 'office', 'authority', 'university', 'hospital', 'institute']);

/** Resolves source phrases of one text (mentions are gathered once, on first use). */
export class SourceResolver {
  private mentions: SourcePhrase[][] | null = null;
  private fullNames: Map<string, { text: string; start: number }[]> | null = null;
  private documents: SourcePhrase[] | null = null;
  private roles: Map<string, string[]> | null = null;

  constructor(private readonly ct: ClaimText) {}

  /** The named source a phrase at character offset `at` refers to; null when a pronoun finds none. */
  resolve(phrase: SourcePhrase): SourcePhrase | null {
    const resolved = this.resolveOnce(phrase);
    const isDocument = resolved?.form === 'description' && DOCUMENT_NOUNS.includes(resolved.text.toLowerCase().split(/\s+/).pop()!);
    return resolved && isDocument ? (this.documentOwner(resolved) ?? this.issuer(resolved) ?? resolved) : resolved;
  }

  /**
   * Who issued "the statement" (or "the letter", "the post"): the subject of the nearest earlier
   * sentence that mentions one ("The company denied the allegations in a statement"), resolved
   * in turn; only a name will do, and only for "the" or "that" + the document noun alone.
   */
  private issuer(document: SourcePhrase): SourcePhrase | null {
    const { ct } = this;
    const words = document.text.toLowerCase().split(/\s+/);
    if (words.length !== 2 || !['the', 'that', 'this'].includes(words[0]!) || !ISSUED_DOCUMENTS.has(words[1]!)) return null;
    const first = tokenAt(ct, document.start);
    const sentence = ct.sentenceOf[first]!;
    const mentions = this.sentenceMentions();
    for (let index = sentence - 1; index >= 0 && index >= sentence - SENTENCES_BACK; index--) {
      const { tokenStart, tokenEnd } = ct.sentences[index]!;
      let mentioned = -1;
      for (let at = tokenStart; at < tokenEnd && mentioned < 0; at++) if (ct.tokens[at]!.lower === words[1] && ct.quotationOf[at] === -1) mentioned = at;
      if (mentioned < 0) continue;
      // "…, the US military said in a statement": the one who said it issued it, whatever the sentence's subject.
      const speaker = this.speakerInA(mentioned, tokenStart);
      if (speaker) return speaker;
      const subject = mentions[index]?.[0];
      if (!subject || subject.form === 'description' && subject.type === 'document') return null;
      const owner = this.resolveOnce(subject);
      return owner && owner.form === 'name' ? { ...owner, role: null } : null;
    }
    return null;
  }

  /** The source of "SOURCE said in a statement" (or "in an emailed statement"), the document noun at `noun`; null when not so. */
  private speakerInA(noun: number, sentenceStart: number): SourcePhrase | null {
    const { ct } = this;
    let at = noun - 1;
    if (at > sentenceStart && !['a', 'an', 'its', 'his', 'her', 'their'].includes(ct.tokens[at]!.lower)) at--;
    if (!['a', 'an', 'its', 'his', 'her', 'their'].includes(ct.tokens[at]?.lower ?? '') || ct.tokens[at - 1]?.lower !== 'in') return null;
    const verb = at - 2;
    if (verb <= sentenceStart || !ct.lexicon.speechVerbs.has(ct.tokens[verb]!.lower)) return null;
    let from = verb - 1;
    while (from > sentenceStart && ct.tokens[from - 1]!.text !== ',' && verb - from < 8) from--;
    const phrase = readSourcePhrase(ct, from, verb);
    const resolved = phrase ? this.resolveOnce(phrase) : null;
    return resolved && resolved.form !== 'pronoun' && !(resolved.form === 'description' && resolved.type === 'document') ? { ...resolved, role: null } : null;
  }

  /**
   * Who a document belongs to, when its phrase says ("Corvane's advisory", "Its results" after
   * "Kestrel Analytical"): the claim is the owner's to make, and that is whom the analyst asks for.
   */
  private documentOwner(document: SourcePhrase): SourcePhrase | null {
    const { ct } = this;
    const first = tokenAt(ct, document.start);
    const token = ct.tokens[first];
    if (!token) return null;
    if (token.lower === 'its') return this.antecedent(document, (candidate) => candidate.form === 'name' && (candidate.type === 'organization' || candidate.type === 'unknown'));
    // "National Transportation Safety Board data", "Labor Department figures": the name before the document's noun owns it.
    if (token.isCapitalized && !token.isPossessive) {
      const last = tokenAt(ct, document.end) - 1;
      const run = nameRuns(ct, first, last + 1)[0];
      // A sentence's capitalised first word alone ("Internal emails") is no name.
      const opensSentence = ct.sentences[ct.sentenceOf[first]!]!.tokenStart === first;
      if (!run || run[0] !== first || (opensSentence && run[1] - run[0] < 2)) return null;
      const end = run[1];
      const rest = ct.tokens.slice(end, last + 1);
      if (rest.length === 0 || !rest.every((other) => other.isWord && !other.isCapitalized)) return null;
      const name = ct.text.slice(token.start, ct.tokens[end - 1]!.end);
      return { text: this.fullName(name, token.start), role: null, form: 'name', type: 'organization', gender: null, plural: false, start: token.start, end: ct.tokens[end - 1]!.end };
    }
    if (!token.isPossessive || !token.isCapitalized) return null;
    let start = first;
    while (start > 0 && ct.tokens[start - 1]!.isCapitalized && ct.tokens[start - 1]!.isWord && !ct.tokens[start - 1]!.isPossessive && ct.tokens[start - 1]!.start >= document.start) start--;
    const end = token.end - (/['’]$/.test(token.text) ? 1 : 2);
    const name = ct.text.slice(ct.tokens[start]!.start, end);
    return { text: this.fullName(name, token.start), role: null, form: 'name', type: 'organization', gender: null, plural: false, start: ct.tokens[start]!.start, end };
  }

  private resolveOnce(phrase: SourcePhrase): SourcePhrase | null {
    if (phrase.form === 'pronoun') {
      const nearest = this.antecedent(phrase, (candidate) => compatible(phrase, candidate));
      // "Web of Angels was the first novel she ever sold": "she" passes a name of unknown gender
      // that is no person's ("Valerie Smith" a sentence back is).
      if (nearest && phrase.gender && nearest.gender === null && nearest.type === 'unknown' && /\s\p{Ll}/u.test(nearest.text) && !this.isPersonName(nearest.text)) {
        return this.antecedent(phrase, (candidate) => compatible(phrase, candidate) && candidate.gender === phrase.gender) ?? nearest;
      }
      return nearest;
    }
    // "the company", "the San Jose-based cloud provider": a definite description of an organisation, up to four words.
    // Not "the US military", which names itself.
    if (phrase.form === 'description' && /^the(\s+\S+){1,4}$/i.test(phrase.text) && phrase.type === 'organization' && !/^[Tt]he(\s+\p{Lu}[\p{L}.]*)+\s+\p{Ll}+$/u.test(phrase.text)) {
      // "The ministry" is the nearest name with "Ministry" in it, never another body's name; "the
      // company" and "the cloud provider" are the nearest organisation of any name.
      const head = phrase.text.toLowerCase().split(/\s+/).pop()!;
      // A name of unknown kind that opens with a given name ("Taylor Swift") is a person, never "the company".
      const named = (candidate: SourcePhrase): boolean => candidate.form === 'name' && (candidate.type === 'organization' || (candidate.type === 'unknown' && !this.isPersonName(candidate.text)));
      if (!INSTITUTION_HEADS.has(head)) return this.antecedent(phrase, named) ?? phrase;
      return this.antecedent(phrase, (candidate) => named(candidate) && candidate.text.toLowerCase().split(/\s+/).includes(head)) ?? phrase;
    }
    if (phrase.form === 'name') return { ...phrase, text: this.fullName(phrase.text, phrase.start) };
    if (phrase.share) return this.surveyedGroup(phrase) ?? phrase;
    // "the mayor", "the two-term councillor": the nearest person given that title or role anywhere in the text.
    const head = phrase.text.toLowerCase().split(/\s+/).pop()!;
    if (phrase.form === 'description' && !phrase.plural && /^the\b/i.test(phrase.text) && (this.ct.lexicon.titles.has(head) || isPersonHead(head))) {
      const person = this.antecedent(phrase, (candidate) => candidate.form === 'name' && candidate.type !== 'organization' && candidate.type !== 'place' && this.rolesOf(candidate.text).some((role) => role.includes(head)));
      if (person) return { ...person, role: phrase.text };
      // "the director said" after "Chandor asked his leading man": a definite description most often
      // refers back to the person the story is about, the nearest person who opens a sentence, within three sentences.
      // "A Western diplomat in Velgrad ... said", then "the diplomat said": a description with the same head is met first.
      const subject = this.nearestSubjectOrNamesake(phrase, head, 3);
      if (subject) return subject.form === 'name' ? { ...subject, role: phrase.text } : subject;
    }
    if (phrase.form === 'description' && phrase.type === 'document' && /^the\b/i.test(phrase.text)) return this.documentName(phrase) ?? phrase;
    return phrase;
  }

  /**
   * The group a share belongs to ("64% said" after "a survey of 310 brand marketers"): the
   * nearest group of "survey/poll/study of ..." or a group subject, this sentence first.
   */
  private surveyedGroup(share: SourcePhrase): SourcePhrase | null {
    const { ct } = this;
    const token = tokenAt(ct, share.start);
    const sentence = ct.sentenceOf[token]!;
    for (let index = sentence; index >= 0 && index >= sentence - SENTENCES_BACK; index--) {
      const { tokenStart, tokenEnd } = ct.sentences[index]!;
      for (let at = Math.min(tokenEnd, token) - 1; at >= tokenStart; at--) {
        if (!SURVEY_NOUNS.has(ct.tokens[at]!.lower) || !['of', 'among'].includes(ct.tokens[at + 1]?.lower ?? '')) continue;
        let end = at + 2;
        while (end < tokenEnd && ct.tokens[end]!.isWord && !ct.lexicon.relatives.has(ct.tokens[end]!.lower) && !ct.lexicon.prepositions.has(ct.tokens[end]!.lower) && !/(ed|ing)$/.test(ct.tokens[end]!.lower)) end++;
        const group = readSourcePhrase(ct, at + 2, end);
        if (group && group.plural && !group.share) return group;
      }
      const subject = (this.sentenceMentions()[index] ?? []).find((candidate) => candidate.form === 'description' && candidate.plural && !candidate.share && candidate.end <= share.start);
      if (subject) return subject;
      // "83% of respondents said ...": the nearest group word of a source noun.
      for (let at = Math.min(tokenEnd, token) - 1; at >= tokenStart; at--) {
        const word = ct.tokens[at]!;
        if (!word.isCapitalized && /[^s]s$/.test(word.lower) && ct.lexicon.sourceNouns.has(word.lower)) return readSourcePhrase(ct, at, at + 1) ?? null;
      }
    }
    return null;
  }

  /** The nearest document name before "the report" / "the study": "Retail Media Revenue Report", "PACE-Walk trial", a quoted title. */
  private documentName(phrase: SourcePhrase): SourcePhrase | null {
    // One of the same kind first ("the survey" / "2026 State of Developer Workflows survey"), else the nearest.
    const head = phrase.text.toLowerCase().split(/\s+/).pop()!;
    let found: SourcePhrase | null = null;
    let sameKind: SourcePhrase | null = null;
    for (const name of this.documentNames()) {
      if (name.end > phrase.start) break;
      found = name;
      if (name.text.toLowerCase().split(/\s+/).includes(head)) sameKind = name;
    }
    return sameKind ?? found;
  }

  private documentNames(): SourcePhrase[] {
    if (this.documents) return this.documents;
    const { ct } = this;
    const { tokens } = ct;
    const names: SourcePhrase[] = [];
    const add = (text: string, start: number, end: number): void => {
      names.push({ text, role: null, form: 'name', type: 'document', gender: null, plural: false, start, end });
    };
    // "Retail Media Revenue Report", "Audio Advertising Outlook": a run of capitalised words (a
    // title's "of", "and", "in" inside it) ending in a document word, outside quotation marks.
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (!token.isCapitalized || !DOCUMENT_TITLE_WORDS.has(token.lower) || ct.quotationOf[at] !== -1) continue;
      let first = at;
      while (first > 0 && ct.sentenceOf[first - 1] === ct.sentenceOf[at] && (tokens[first - 1]!.isCapitalized || (TITLE_CONNECTORS.has(tokens[first - 1]!.lower) && tokens[first - 2]?.isCapitalized)) && !tokens[first - 1]!.isPossessive) first--;
      if (at - first >= 1) add(ct.text.slice(tokens[first]!.start, token.end), tokens[first]!.start, token.end);
    }
    // "the PACE-Walk trial", "a Castellan Research report": a name before a document noun.
    for (const sentence of ct.sentences) {
      for (const [, runEnd, nameStart] of nameRuns(ct, sentence.tokenStart, sentence.tokenEnd)) {
        const next = tokens[runEnd];
        if (next && !next.isCapitalized && DOCUMENT_HEADS.has(next.lower)) add(ct.text.slice(tokens[nameStart]!.start, next.end), tokens[nameStart]!.start, next.end);
      }
    }
    // The full report, “Workflows in Motion,” / the “Workflows in Motion” report.
    for (const quotation of ct.quotations) {
      const first = tokenAt(ct, quotation.start);
      const title = ct.text.slice(quotation.contentStart, quotation.contentEnd).replace(/,$/, '');
      if (!looksLikeTitle(title)) continue;
      const before = tokens[first - 1]?.text === ',' ? tokens[first - 2] : tokens[first - 1];
      const afterIndex = tokenAt(ct, quotation.end);
      if ((before && DOCUMENT_HEADS.has(before.lower)) || DOCUMENT_HEADS.has(tokens[afterIndex]?.lower ?? '')) add(title, quotation.contentStart, quotation.contentEnd);
    }
    this.documents = names.sort((a, b) => a.start - b.start);
    return this.documents;
  }

  private antecedent(phrase: SourcePhrase, accepts: (candidate: SourcePhrase) => boolean): SourcePhrase | null {
    const mentions = this.sentenceMentions();
    const token = this.ct.tokens.findIndex((candidate) => candidate.start >= phrase.start);
    const sentence = token < 0 ? this.ct.sentences.length - 1 : this.ct.sentenceOf[token]!;
    for (let index = sentence; index >= 0 && index >= sentence - SENTENCES_BACK; index--) {
      for (const candidate of mentions[index] ?? []) {
        if (candidate.end > phrase.start || !accepts(candidate)) continue;
        // In the pronoun's own sentence a description before it is most often the content ("Evening meals are ..., they noted").
        if (index === sentence && candidate.form !== 'name' && phrase.form === 'pronoun') continue;
        return { ...candidate, text: candidate.form === 'name' ? this.fullName(candidate.text, candidate.start) : candidate.text };
      }
    }
    return null;
  }

  /**
   * The nearest earlier sentence subject that is a person's name or a description with the same
   * head, at most `back` sentences before the phrase's own.
   */
  private nearestSubjectOrNamesake(phrase: SourcePhrase, head: string, back: number): SourcePhrase | null {
    const mentions = this.sentenceMentions();
    const token = tokenAt(this.ct, phrase.start);
    const sentence = this.ct.sentenceOf[Math.min(token, this.ct.tokens.length - 1)]!;
    for (let index = sentence - 1; index >= 0 && index >= sentence - back; index--) {
      const subject = mentions[index]?.[0];
      if (subject?.form === 'description' && subject.text.toLowerCase().split(/\s+/).includes(head)) return subject;
      if (subject && subject.form === 'name' && (subject.type === 'person' || subject.type === 'unknown')) return { ...subject, text: this.fullName(subject.text, subject.start) };
    }
    return null;
  }

  /**
   * A name whose fullest form opens with a given name ("Swift": "Taylor Swift"), or one that is
   * the last word of a longer name ("Braun": "Scooter Braun"): people are shortened to their
   * surname, organisations to their first word ("Corvane" for "Corvane Software").
   */
  private isPersonName(name: string): boolean {
    const full = this.fullName(name);
    if (full !== name && !name.includes(' ') && full.endsWith(` ${name}`)) return true;
    return full.includes(' ') && isGivenName(full.split(' ')[0]!.toLowerCase());
  }

  /** Per sentence: its subject (when it has one), then every name in it, in order. */
  private sentenceMentions(): SourcePhrase[][] {
    if (this.mentions) return this.mentions;
    const { ct } = this;
    this.mentions = ct.sentences.map((sentence) => {
      const found: SourcePhrase[] = [];
      const subjectEnd = firstVerb(ct, sentence.tokenStart, sentence.tokenEnd);
      const subject = subjectEnd > sentence.tokenStart ? readSourcePhrase(ct, sentence.tokenStart, subjectEnd) : null;
      if (subject && subject.form !== 'pronoun' && !isCompoundModifier(ct, subject)) found.push(subject);
      for (const run of nameRuns(ct, sentence.tokenStart, sentence.tokenEnd)) {
        // "nine African-American churchgoers": a capitalised compound before a noun describes it, and is nobody.
        const phrase = namePhrase(ct, run[0], run[1], run);
        if (isCompoundModifier(ct, phrase)) continue;
        if (!found.some((other) => other.start === phrase.start)) found.push(phrase);
      }
      return found;
    });
    return this.mentions;
  }

  /** The roles and titles given anywhere in the text to the person of a name, lower case. */
  private rolesOf(name: string): string[] {
    if (!this.roles) {
      this.roles = new Map();
      for (const sentence of this.sentenceMentions()) {
        for (const mention of sentence) {
          if (mention.form !== 'name' || !mention.role) continue;
          const full = this.fullName(mention.text);
          this.roles.set(full, [...(this.roles.get(full) ?? []), mention.role.toLowerCase()]);
        }
      }
    }
    return this.roles.get(this.fullName(name)) ?? [];
  }

  /**
   * The fullest name ending with a surname: of two people with one surname ("Hori Parata", "Te
   * Kaurinui Robert Parata"), the one named last before `at` (the nearest in the story), else the
   * first named after it.
   */
  private fullName(name: string, at = Number.MAX_SAFE_INTEGER): string {
    if (!this.fullNames) {
      this.fullNames = new Map();
      for (const sentence of this.sentenceMentions()) {
        for (const mention of sentence) {
          if (mention.form !== 'name') continue;
          const words = mention.text.split(' ');
          const initials = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
          if (words.length >= 2 && initials.length >= 2) this.fullNames.set(`initials:${initials}`, [...(this.fullNames.get(`initials:${initials}`) ?? []), { text: mention.text, start: mention.start }]);
          if (words.length < 2 || words.length > 4) continue;
          const last = words[words.length - 1]!.toLowerCase();
          this.fullNames.set(last, [...(this.fullNames.get(last) ?? []), { text: mention.text, start: mention.start }]);
          // "Corvane" after "Corvane Software": a company is shortened to its first word, not its
          // last; a surname is tried first, so a person's first word only serves when nothing ends with it.
          if (mention.type !== 'place') this.fullNames.set(`first:${words[0]!.toLowerCase()}`, [...(this.fullNames.get(`first:${words[0]!.toLowerCase()}`) ?? []), { text: mention.text, start: mention.start }]);
        }
      }
    }
    const words = name.split(' ');
    // "FAA" after "the Federal Aviation Administration": an acronym stands for the name with its initials.
    if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(name)) {
      const expanded = this.fullNames.get(`initials:${name}`);
      if (expanded) return expanded[0]!.text;
    }
    if (words.length > 2) return name;
    const longer = (key: string): { text: string; start: number }[] => (this.fullNames!.get(key) ?? []).filter((candidate) => candidate.text.split(' ').length > words.length);
    let known = longer(words[words.length - 1]!.toLowerCase());
    if (known.length === 0 && words.length === 1) known = longer(`first:${words[0]!.toLowerCase()}`);
    if (known.length === 0) return name;
    const before = known.filter((candidate) => candidate.start < at);
    const full = before.length > 0 ? before.reduce((nearest, candidate) => (candidate.start >= nearest.start ? candidate : nearest)) : known[0]!;
    return full.text;
  }

}

/** "African-American" in "nine African-American churchgoers": a capitalised compound before a noun, nobody's name. */
function isCompoundModifier(ct: ClaimText, phrase: SourcePhrase): boolean {
  if (phrase.form !== 'name' || !/^\p{Lu}\p{Ll}+-\p{Lu}\S*$/u.test(phrase.text)) return false;
  const at = tokenAt(ct, phrase.end);
  const next = ct.tokens[at];
  // "Abernathy-Cole was not won over": a verb after it makes it the subject, a double-barrelled surname.
  return !!next && next.isWord && !next.isCapitalized && firstVerb(ct, at - 1, at + 1) !== at;
}

function compatible(pronoun: SourcePhrase, candidate: SourcePhrase): boolean {
  if (pronoun.type === 'person') {
    if (candidate.form !== 'name' || !(candidate.type === 'person' || candidate.type === 'unknown')) return false;
    return candidate.gender === null || candidate.gender === pronoun.gender;
  }
  if (pronoun.plural) return candidate.plural || candidate.type === 'organization' || candidate.type === 'group';
  return candidate.type === 'organization' || candidate.type === 'place' || candidate.type === 'document';
}
