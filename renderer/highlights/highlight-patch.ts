import type { ApiArguments } from '../../core/api/contract.js';

/** The fields of a highlight an edit may change (updateHighlight's patch). */
export type HighlightPatch = ApiArguments<'updateHighlight'>['patch'];
