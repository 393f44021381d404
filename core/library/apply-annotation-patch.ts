import { ApiError } from '../api/api-error.js';
import type { ApiArguments } from '../api/contract.js';
import { docToText } from '../document/doc-text.js';
import type { Highlight } from '../model/highlight.js';
import { HIGHLIGHT_LIMITS } from '../model/highlight-limits.js';
import { applyClaimPatch } from './apply-claim-patch.js';

/**
 * Applies the claim, grading and rich-note parts of an updateHighlight patch. A rich note also
 * sets `note` to its plain text (unless the patch sets `note` itself), because search and the
 * exports read `note`; a null noteDoc leaves the plain note as it is. A rich note whose text is
 * longer than a note may be is refused (INVALID_ARGUMENT) before anything changes.
 */
export function applyAnnotationPatch(highlight: Highlight, patch: ApiArguments<'updateHighlight'>['patch']): void {
  const derivedNote = patch.noteDoc && patch.note === undefined ? docToText(patch.noteDoc) : null;
  if (derivedNote !== null && derivedNote.length > HIGHLIGHT_LIMITS.noteLength) {
    throw new ApiError('INVALID_ARGUMENT', `The note would be ${derivedNote.length.toLocaleString('en')} characters long; a note has at most ${HIGHLIGHT_LIMITS.noteLength.toLocaleString('en')}. Nothing was changed.`);
  }
  if (patch.claim !== undefined) highlight.claim = applyClaimPatch(highlight.claim, patch.claim);
  if (patch.grading !== undefined) highlight.grading = patch.grading === null ? null : { reliability: patch.grading.reliability, credibility: patch.grading.credibility };
  if (patch.noteDoc !== undefined) {
    highlight.noteDoc = patch.noteDoc;
    if (derivedNote !== null) highlight.note = derivedNote;
  }
}
