import type { Highlight } from '../../core/model/highlight.js';
import { DEFAULT_CLAIM_FIELDS } from './default-claim-fields.js';
import type { HighlightPatch } from './highlight-patch.js';

/** The values a highlight had for the fields a patch changes: the patch that undoes it. */
export function patchBefore(highlight: Highlight, patch: HighlightPatch): HighlightPatch {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof HighlightPatch)[]) {
    if (key === 'claim') {
      const claim = { ...DEFAULT_CLAIM_FIELDS, ...highlight.claim };
      before.claim = Object.fromEntries(Object.keys(patch.claim ?? {}).map((field) => [field, claim[field as keyof typeof claim]]));
    } else if (key === 'grading' || key === 'noteDoc') {
      before[key] = highlight[key] ?? null;
    } else {
      before[key] = highlight[key];
    }
  }
  return before as HighlightPatch;
}
