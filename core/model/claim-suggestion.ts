import type { HighlightTarget } from './highlight.js';

/** How an attribution gives its content: a quotation, a reported clause, or a reported clause with quoted words. */
export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/**
 * An attributed statement the claim finder found in an article's canonical text (core/claims):
 * stand-off like a highlight, its target being the content span (the quotation or the reported
 * clause), with who said it and how.
 */
export interface ClaimSuggestion {
  /** Stable within one text and finder version: "start-end" of the content span. */
  id: string;
  target: HighlightTarget;
  /** The source, by its fullest name in the article ("Armen Khachatrian"); a pronoun is resolved. */
  claimant: string;
  /** The source's role when the text gives one ("A senior Armenian lawmaker"); null when none. */
  role: string | null;
  /** The cue as written: "said", "according to", ":". */
  cue: string;
  kind: AttributionKind;
  /** 0..1: how sure the rule that found it is (see core/claims/find-claims.ts). */
  confidence: number;
}
