import { describeTextRange } from '../anchoring/describe-text-range.js';
import type { ClaimSuggestion } from '../model/claim-suggestion.js';
import { analyzeClaimText } from './claim-text.js';
import type { CueLexicon } from './cue-lexicon.js';
import { ENGLISH_CUES } from './english-cues.js';
import { findAccordingToClaims } from './find-according-to-claims.js';
import { findBlockClaims } from './find-block-claims.js';
import { findDirectClaims, findParagraphQuotations } from './find-direct-claims.js';
import { findIndirectClaims } from './find-indirect-claims.js';
import { findNounCueClaims } from './find-noun-cue-claims.js';
import { findUnmarkedQuotations } from './find-unmarked-quotations.js';
import type { RawClaim } from './raw-claim.js';
import { SourceResolver } from './resolve-source.js';

/*
 * The claim finder: attributed statements (PARC 3.0's source, cue and content) in an article's
 * canonical text, as suggestions for highlights. The rules live in find-direct-claims.ts
 * (quotations), find-indirect-claims.ts (reported clauses), find-according-to-claims.ts,
 * find-block-claims.ts (colons) and find-noun-cue-claims.ts ("his vow that ..."); sources are read by read-source-phrase.ts and resolved by
 * resolve-source.ts. Each rule gives a confidence: 0.9 for a quotation with a named source and a
 * reporting verb next to it, down to 0.5 for a clause after "shows" with no "that"; a source that
 * is a description or a pronoun costs a little, an unclosed quotation more. Where two suggestions
 * overlap, the more confident one stays (a quotation inside a reported clause is part of that
 * clause: the mixed kind). Languages: one lexicon each (english-cues.ts); a language without
 * one gets no suggestions rather than English rules applied to it.
 */

/** The lexicon of each language the finder knows, by ISO 639-1 code. */
export const CUE_LEXICONS: Readonly<Record<string, CueLexicon>> = { en: ENGLISH_CUES };

/** How findClaims is called. */
export interface FindClaimsOptions {
  /** The article's language (BCP 47, e.g. "en-US"); unknown or absent is taken as English. */
  lang?: string | null;
}

/** Suggestions for the attributed statements of a canonical text, in text order. */
export function findClaims(text: string, options: FindClaimsOptions = {}): ClaimSuggestion[] {
  const language = (options.lang ?? 'en').toLowerCase().split('-')[0]!;
  const lexicon = CUE_LEXICONS[language] ?? (options.lang ? null : ENGLISH_CUES);
  if (!lexicon || text.length === 0) return [];
  const ct = analyzeClaimText(text, lexicon);
  const found = [...findDirectClaims(ct), ...findIndirectClaims(ct), ...findAccordingToClaims(ct), ...findBlockClaims(ct), ...findNounCueClaims(ct)];
  const withParagraphs = [...found, ...findParagraphQuotations(ct, found)];
  const raw = [...withParagraphs, ...findUnmarkedQuotations(ct, withParagraphs)];
  const resolver = new SourceResolver(ct);
  const resolved: (RawClaim & { claimant: string; role: string | null })[] = [];
  for (const claim of raw) {
    const source = resolver.resolve(claim.source);
    if (!source) continue;
    const penalty = claim.source.form === 'pronoun' ? 0.05 : 0;
    const role = claim.source.role ?? (source.form === 'name' ? source.role : null);
    resolved.push({ ...claim, claimant: source.text, role, confidence: round(claim.confidence - penalty) });
  }
  return keepMostConfident(resolved).map((claim) => {
    const target = describeTextRange(text, claim.start, claim.end);
    return { id: `${claim.start}-${claim.end}`, target, claimant: claim.claimant, role: claim.role, cue: claim.cue, kind: claim.kind, confidence: claim.confidence };
  });
}

function keepMostConfident<T extends RawClaim>(claims: T[]): T[] {
  const ranked = claims
    .filter((claim) => claim.end > claim.start)
    .sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const claim of ranked) if (!kept.some((other) => other.start < claim.end && claim.start < other.end)) kept.push(claim);
  return kept.sort((a, b) => a.start - b.start);
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
