import type { ClaimText } from './claim-text.js';
import { firstVerb } from './clause-tools.js';
import { nameRuns, namePhrase, readSourcePhrase } from './read-source-phrase.js';
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

/** Resolves source phrases of one text (mentions are gathered once, on first use). */
export class SourceResolver {
  private mentions: SourcePhrase[][] | null = null;
  private fullNames: Map<string, string> | null = null;

  constructor(private readonly ct: ClaimText) {}

  /** The named source a phrase at character offset `at` refers to; null when a pronoun finds none. */
  resolve(phrase: SourcePhrase): SourcePhrase | null {
    if (phrase.form === 'pronoun') return this.antecedent(phrase, (candidate) => compatible(phrase, candidate));
    // "the company", "the San Jose-based cloud provider": a definite description of an organisation, up to four words.
    if (phrase.form === 'description' && /^the(\s+\S+){1,4}$/i.test(phrase.text) && phrase.type === 'organization') {
      return this.antecedent(phrase, (candidate) => candidate.form === 'name' && (candidate.type === 'organization' || candidate.type === 'unknown')) ?? phrase;
    }
    if (phrase.form === 'name') return { ...phrase, text: this.fullName(phrase.text) };
    return phrase;
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
        return { ...candidate, text: candidate.form === 'name' ? this.fullName(candidate.text) : candidate.text };
      }
    }
    return null;
  }

  /** Per sentence: its subject (when it has one), then every name in it, in order. */
  private sentenceMentions(): SourcePhrase[][] {
    if (this.mentions) return this.mentions;
    const { ct } = this;
    this.mentions = ct.sentences.map((sentence) => {
      const found: SourcePhrase[] = [];
      const subjectEnd = firstVerb(ct, sentence.tokenStart, sentence.tokenEnd);
      const subject = subjectEnd > sentence.tokenStart ? readSourcePhrase(ct, sentence.tokenStart, subjectEnd) : null;
      if (subject && subject.form !== 'pronoun') found.push(subject);
      for (const run of nameRuns(ct, sentence.tokenStart, sentence.tokenEnd)) {
        const phrase = namePhrase(ct, run[0], run[1], run);
        if (!found.some((other) => other.start === phrase.start)) found.push(phrase);
      }
      return found;
    });
    return this.mentions;
  }

  private fullName(name: string): string {
    if (!this.fullNames) {
      this.fullNames = new Map();
      for (const sentence of this.sentenceMentions()) {
        for (const mention of sentence) {
          if (mention.form !== 'name') continue;
          const words = mention.text.split(' ');
          const last = words[words.length - 1]!.toLowerCase();
          const known = this.fullNames.get(last);
          if (words.length > 1 && (!known || known.split(' ').length < words.length) && words.length <= 4) this.fullNames.set(last, mention.text);
        }
      }
    }
    const words = name.split(' ');
    if (words.length > 2) return name;
    const full = this.fullNames.get(words[words.length - 1]!.toLowerCase());
    return full && full.split(' ').length > words.length ? full : name;
  }
}

function compatible(pronoun: SourcePhrase, candidate: SourcePhrase): boolean {
  if (pronoun.type === 'person') {
    if (candidate.form !== 'name' || !(candidate.type === 'person' || candidate.type === 'unknown')) return false;
    return candidate.gender === null || candidate.gender === pronoun.gender;
  }
  if (pronoun.plural) return candidate.plural || candidate.type === 'organization' || candidate.type === 'group';
  return candidate.type === 'organization' || candidate.type === 'place' || candidate.type === 'document';
}
