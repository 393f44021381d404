import type { ApiArguments } from '../api/contract.js';
import { docToText } from '../document/doc-text.js';
import type { Highlight } from '../model/highlight.js';
import { applyClaimPatch } from './apply-claim-patch.js';

/**
 * Applies the claim, grading and rich-note parts of an updateHighlight patch. A rich note also
 * sets `note` to its plain text (unless the patch sets `note` itself), because search and the
 * exports read `note`; a null noteDoc leaves the plain note as it is.
 */
export function applyAnnotationPatch(highlight: Highlight, patch: ApiArguments<'updateHighlight'>['patch']): void {
  if (patch.claim !== undefined) highlight.claim = applyClaimPatch(highlight.claim, patch.claim);
  if (patch.grading !== undefined) highlight.grading = patch.grading === null ? null : { reliability: patch.grading.reliability, credibility: patch.grading.credibility };
  if (patch.noteDoc !== undefined) {
    highlight.noteDoc = patch.noteDoc;
    if (patch.noteDoc !== null && patch.note === undefined) highlight.note = docToText(patch.noteDoc);
  }
}
