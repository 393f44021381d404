import type { ClaimFields } from '../../core/model/claim.js';

/** The claim fields of a highlight that has none yet: empty, dated by its article, a direct quote. */
export const DEFAULT_CLAIM_FIELDS: ClaimFields = { claimantRole: '', about: '', kind: '', madeOn: null, quoteKind: 'direct' };
