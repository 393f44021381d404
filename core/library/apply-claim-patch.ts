import type { ClaimFields } from '../model/claim.js';

/** What a highlight without claim fields has: nothing said yet, quoted directly, dated by its article. */
const NO_CLAIM: ClaimFields = { claimantRole: '', about: '', kind: '', madeOn: null, quoteKind: 'direct' };

/** A highlight's claim fields after a partial patch: the patch over the existing fields, over the defaults. */
export function applyClaimPatch(existing: ClaimFields | undefined, patch: Partial<ClaimFields>): ClaimFields {
  const merged: ClaimFields = { ...NO_CLAIM, ...existing };
  // Spelled out, so a stray key in the patch (or `undefined` for a field) never lands in the file.
  if (patch.claimantRole !== undefined) merged.claimantRole = patch.claimantRole;
  if (patch.about !== undefined) merged.about = patch.about;
  if (patch.kind !== undefined) merged.kind = patch.kind;
  if (patch.madeOn !== undefined) merged.madeOn = patch.madeOn;
  if (patch.quoteKind !== undefined) merged.quoteKind = patch.quoteKind;
  return merged;
}
