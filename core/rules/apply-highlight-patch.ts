import type { ApiArguments } from '../api/contract.js';
import { docToText } from '../document/doc-text.js';
import { DEFAULT_CLAIM_FIELDS, type ClaimFields } from '../model/claim.js';
import type { Highlight } from '../model/highlight.js';

/** The fields of a highlight an edit may change (updateHighlight's patch). */
export type HighlightPatch = ApiArguments<'updateHighlight'>['patch'];

/**
 * The plain note a patch leaves: the text of its rich note when it sets one without setting `note`
 * itself (search and the exports read `note`); null when the patch leaves the note alone.
 */
export function noteOfPatch(patch: HighlightPatch): string | null {
  return patch.noteDoc && patch.note === undefined ? docToText(patch.noteDoc) : null;
}

/**
 * Applies an edit to a highlight, as the library stores it and as the UI shows it before the
 * library answers (both call this). Only top-level fields are assigned, never a nested value
 * changed, so a shallow copy of the highlight may be patched. Claim fields merge one by one over
 * the defaults; `tags` pass through `tagsAfter` (the library spells them as it already knows
 * them); a rich note also sets the plain note (noteOfPatch). Any other field is set as given:
 * a field added to the highlight's schema needs nothing here.
 */
export function applyHighlightPatch(highlight: Highlight, patch: HighlightPatch, tagsAfter: (tags: string[]) => string[] = (tags) => tags): void {
  const derivedNote = noteOfPatch(patch);
  const fields = highlight as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    // An undefined field is one the patch leaves alone (it never reaches the file).
    if (value === undefined) continue;
    if (key === 'claim') highlight.claim = mergeClaimFields(highlight.claim, value as Partial<ClaimFields>);
    else if (key === 'tags') highlight.tags = tagsAfter(value as string[]);
    else if (key === 'grading') highlight.grading = value === null ? null : { ...(value as NonNullable<Highlight['grading']>) };
    else fields[key] = value;
  }
  if (derivedNote !== null) highlight.note = derivedNote;
}

/** A highlight's claim fields after a partial patch: the patch over the existing fields, over the defaults. */
export function mergeClaimFields(existing: ClaimFields | undefined, patch: Partial<ClaimFields>): ClaimFields {
  const merged: ClaimFields = { ...DEFAULT_CLAIM_FIELDS, ...existing };
  for (const key of Object.keys(DEFAULT_CLAIM_FIELDS) as (keyof ClaimFields)[]) {
    // Only the claim's own fields, so a stray key (or `undefined` for a field) never lands in the file.
    if (patch[key] !== undefined) (merged as Record<keyof ClaimFields, unknown>)[key] = patch[key];
  }
  return merged;
}

/** The highlight as it looks once a patch is saved, as a new object (the UI shows it before the library answers). */
export function patchedHighlight(highlight: Highlight, patch: HighlightPatch, tagsAfter?: (tags: string[]) => string[]): Highlight {
  const next = { ...highlight };
  applyHighlightPatch(next, patch, tagsAfter);
  return next;
}
