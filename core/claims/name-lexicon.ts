/*
 * Names come from compromise's lexicon (its model ships inside the npm package; nothing is
 * downloaded). The lexicon is read as a dictionary, word by word, rather than by parsing the
 * article with nlp(): parsing 10,000 words takes compromise over a second, and its people() misses
 * names it does not know (Khachatrian, Pashinian), which the capitalisation rules in
 * read-source-phrase.ts catch anyway. What the lexicon adds is what capitals cannot tell: a first
 * name's gender (for pronouns), organisation and place words, role nouns (minister, analyst), and
 * which capitalised sentence-initial words are ordinary words ("Citing", "Meanwhile").
 *
 * compromise takes about a second to load, so it is imported by loadNameLexicon(), never by a
 * static import: a bundle without code splitting (a test's child process) would otherwise load it
 * at start-up in every process that merely links the library service.
 */

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean> };
}

let model: CompromiseModel | null = null;

/** Loads compromise's lexicon (once); the finder's functions need it loaded. */
export async function loadNameLexicon(): Promise<void> {
  if (model) return;
  const { default: nlp } = await import('compromise/two');
  model = nlp.model() as unknown as CompromiseModel;
}

function loaded(): CompromiseModel {
  if (!model) throw new Error('The claim finder was used before loadNameLexicon() (or loadClaimFinder()) finished.');
  return model;
}

/** The lexicon's tags of a lower-case word, e.g. ["MaleName"]; empty when it does not know it. */
export function lexiconTags(word: string): readonly string[] {
  const { lexicon } = loaded().one;
  const tags = Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

/** Whether compromise knows a lower-case word as the last word of organisation names (ministry, university, party). */
export function isOrganizationWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(loaded().two.orgWords, word);
}
