import { DEFAULT_CLAIM_FIELDS } from './default-claim-fields.js';
import type { Highlight } from '../../core/model/highlight.js';
import type { HighlightPatch } from './highlight-patch.js';

/** The highlight as it looks once a patch is saved; shown at once, before the library answers. */
export function applyHighlightPatch(highlight: Highlight, patch: HighlightPatch): Highlight {
  const { claim, ...rest } = patch;
  const next: Highlight = { ...highlight, ...rest };
  if (claim) next.claim = { ...DEFAULT_CLAIM_FIELDS, ...highlight.claim, ...claim };
  return next;
}
