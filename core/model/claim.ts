import { z } from 'zod';

/** Whether a highlight quotes the claimant's words or paraphrases them. */
export const QUOTE_KINDS = ['direct', 'paraphrase'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/** The structured fields of a claim, beyond its claimant (kept on Highlight.claimant). */
export const claimFieldsSchema = z.object({
  /** The claimant's role or affiliation, e.g. "Armenian MP, ruling Civil Contract party". */
  claimantRole: z.string(),
  /** Who or what the claim is about, e.g. "CSTO". */
  about: z.string(),
  /** The kind of claim, from the user's editable list (accusation, denial, prediction, ...). */
  kind: z.string(),
  /** When the claim was made (ISO date, YYYY-MM-DD); null means the article's date. */
  madeOn: z.string().nullable(),
  quoteKind: z.enum(QUOTE_KINDS),
});
export type ClaimFields = z.infer<typeof claimFieldsSchema>;

/** What a highlight without claim fields has: nothing said yet, quoted directly, dated by its article. */
export const DEFAULT_CLAIM_FIELDS: Readonly<ClaimFields> = Object.freeze({ claimantRole: '', about: '', kind: '', madeOn: null, quoteKind: 'direct' });

/** Claim kinds a new library starts with; the user edits the list in the settings. */
export const DEFAULT_CLAIM_KINDS = ['accusation', 'denial', 'prediction', 'statement of fact', 'opinion', 'promise', 'threat'];
