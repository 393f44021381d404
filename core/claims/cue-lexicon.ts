/** What the claim finder needs to know of one language: its cues and the words around sources. */
export interface CueLexicon {
  /** Reporting verbs by inflected form (lower case) to lemma; content is a clause or a quotation. */
  speechVerbs: ReadonlyMap<string, string>;
  /** Verbs whose source is a document or study ("shows", "found"): the content must be a clause. */
  evidenceVerbs: ReadonlyMap<string, string>;
  /** Verbs that report a judgment of someone for something ("accused X of", "lambasted X for"). */
  judgmentVerbs: ReadonlyMap<string, string>;
  /** Prepositions introducing the reason of a judgment verb ("for", "of", "over"). */
  judgmentPrepositions: ReadonlySet<string>;
  /** Words that introduce a reported clause ("that", "whether"). */
  complementizers: ReadonlySet<string>;
  /** Multi-word cues before the source: "according to". */
  sourcePrefixes: readonly (readonly string[])[];
  /** Nouns of saying: "posted a statement ...: “…”", "made two announcements: …". */
  statementNouns: ReadonlySet<string>;
  /** Nouns that name a source (role, group, document): "lawmaker", "researchers", "the study". */
  sourceNouns: ReadonlySet<string>;
  /** Nouns for organisations, to which "the company" or "the site" refers back. */
  organizationNouns: ReadonlySet<string>;
  /** Titles before a name, never part of the claimant ("President", "Dr"). */
  titles: ReadonlySet<string>;
  /** Words after a name that are not part of it ("PhD", "Jr"). */
  nameSuffixes: ReadonlySet<string>;
  /** Personal pronouns by gender and number, for pronoun resolution. */
  pronouns: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter'>;
  /** First-person pronouns: the author speaking, never a source of a suggestion. */
  firstPerson: ReadonlySet<string>;
  /** Words that never start or belong to a source phrase (determiners excepted): "this", "which". */
  nonSources: ReadonlySet<string>;
  /** Words that start a new clause inside a sentence ("but", "while", "and"). */
  clauseStarters: ReadonlySet<string>;
  /** Relative words that end a subject phrase ("who", "which", "whose"). */
  relatives: ReadonlySet<string>;
  /** Auxiliaries and adverbs that may stand between a source and its verb ("has", "also"). */
  verbModifiers: ReadonlySet<string>;
  /** Finite verbs that show a run of words is a clause ("is", "will", "should"). */
  finiteVerbs: ReadonlySet<string>;
  /** Prepositions: a noun phrase right after one is not a subject (except a partitive "of"). */
  prepositions: ReadonlySet<string>;
  /** Words of quantity before a partitive "of" ("half of respondents"). */
  quantities: ReadonlySet<string>;
  /** Words for people with a gender, to check a pronoun ("chairwoman"). */
  femaleWords: ReadonlySet<string>;
  maleWords: ReadonlySet<string>;
}
