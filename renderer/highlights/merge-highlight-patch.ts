import type { HighlightPatch } from '../../core/rules/apply-highlight-patch.js';

/** A later patch over an earlier one; claim fields merge one by one, as the library applies them. */
export function mergeHighlightPatch(earlier: HighlightPatch | undefined, later: HighlightPatch): HighlightPatch {
  const merged: HighlightPatch = { ...earlier, ...later };
  if (earlier?.claim && later.claim) merged.claim = { ...earlier.claim, ...later.claim };
  return merged;
}
