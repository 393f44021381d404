/** What kind of thing a source is, for pronoun agreement and for "the company" referring back. */
export type SourceType = 'person' | 'organization' | 'place' | 'group' | 'document' | 'unknown';

/** A source as one passage of the text names it: a name, a description or a pronoun. */
export interface SourcePhrase {
  /** The claimant as written here: "Armen Khachatrian", "the researchers", "he". */
  text: string;
  /** A role given beside it ("A senior Armenian lawmaker"), or null. */
  role: string | null;
  form: 'name' | 'description' | 'pronoun';
  type: SourceType;
  gender: 'male' | 'female' | null;
  plural: boolean;
  /** Offset of the phrase in the text (where pronoun resolution searches back from). */
  start: number;
  end: number;
  /** A bare share ("64%", "a third") of a group named elsewhere, which resolution looks for. */
  share?: boolean;
}
