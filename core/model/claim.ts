/** Whether a highlight quotes the claimant's words or paraphrases them. */
export type QuoteKind = 'direct' | 'paraphrase';

/** The structured fields of a claim, beyond its claimant (kept on Highlight.claimant). */
export interface ClaimFields {
  /** The claimant's role or affiliation, e.g. "Armenian MP, ruling Civil Contract party". */
  claimantRole: string;
  /** Who or what the claim is about, e.g. "CSTO". */
  about: string;
  /** The kind of claim, from the user's editable list (accusation, denial, prediction, ...). */
  kind: string;
  /** When the claim was made (ISO date, YYYY-MM-DD); null means the article's date. */
  madeOn: string | null;
  quoteKind: QuoteKind;
}

/** Claim kinds a new library starts with; the user edits the list in the settings. */
export const DEFAULT_CLAIM_KINDS = ['accusation', 'denial', 'prediction', 'statement of fact', 'opinion', 'promise', 'threat'];
