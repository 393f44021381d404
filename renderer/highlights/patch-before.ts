import type { Highlight } from '../../core/model/highlight.js';
import { DEFAULT_CLAIM_FIELDS } from '../../core/model/claim.js';
import type { HighlightPatch } from '../../core/rules/apply-highlight-patch.js';

/** The values a highlight had for the fields a patch changes: the patch that undoes it. */
export function patchBefore(highlight: Highlight, patch: HighlightPatch): HighlightPatch {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof HighlightPatch)[]) {
    if (key === 'claim') {
      const claim = { ...DEFAULT_CLAIM_FIELDS, ...highlight.claim };
      before.claim = Object.fromEntries(Object.keys(patch.claim ?? {}).map((field) => [field, claim[field as keyof typeof claim]]));
    } else {
      // An optional field the highlight lacks is undone by null (what clears it), as the schema allows.
      before[key] = highlight[key] ?? null;
    }
  }
  // A rich note without a plain one sets the plain note too (noteOfPatch): its undo puts that back.
  if (patch.noteDoc && patch.note === undefined) before.note = highlight.note;
  return before as HighlightPatch;
}
