import type { HighlightDecorationSpec } from './highlight-decoration-spec.js';

/** Whether two lists draw the same highlights: a field edit yields an equal list and so never redraws the article. */
export function areDecorationSpecsEqual(a: readonly HighlightDecorationSpec[], b: readonly HighlightDecorationSpec[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((spec, index) => {
    const other = b[index]!;
    return spec.id === other.id && spec.from === other.from && spec.to === other.to && spec.colorClass === other.colorClass;
  });
}
