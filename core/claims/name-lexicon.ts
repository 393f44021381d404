import nlp from 'compromise/two';

/*
 * Names come from compromise's lexicon (its model ships inside the npm package; nothing is
 * downloaded). The lexicon is read as a dictionary, word by word, rather than by parsing the
 * article with nlp(): parsing 10,000 words takes compromise over a second, and its people() misses
 * names it does not know (Khachatrian, Pashinian), which the capitalisation rules in
 * find-mentions.ts catch anyway. What the lexicon adds is what capitals cannot tell: a first name's
 * gender (for pronouns), organisation and place words, role nouns (minister, analyst), and which
 * capitalised sentence-initial words are ordinary words ("Citing", "Meanwhile").
 */

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean> };
}

const model = nlp.model() as unknown as CompromiseModel;

/** The lexicon's tags of a lower-case word, e.g. ["MaleName"]; empty when it does not know it. */
export function lexiconTags(word: string): readonly string[] {
  const tags = Object.prototype.hasOwnProperty.call(model.one.lexicon, word) ? model.one.lexicon[word] : undefined;
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

/** Whether compromise knows a lower-case word as the last word of organisation names (ministry, university, party). */
export function isOrganizationWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(model.two.orgWords, word);
}
