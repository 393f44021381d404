import type { AnchoredHighlight } from './anchored-highlight.js';
import type { HighlightDecorationSpec } from './highlight-decoration-spec.js';
import { highlightColorClass } from './highlight-color-class.js';
import type { TextPositionMap } from './text-position-map.js';

/**
 * The editor positions of the anchored highlights, longest first; orphaned and empty ones are left out.
 * One pass: each end is a binary search over the block starts, so 1,000 highlights cost O(n log blocks) plus the sort.
 */
export function highlightDecorationSpecs(anchored: readonly AnchoredHighlight[], map: TextPositionMap): HighlightDecorationSpec[] {
  const specs: HighlightDecorationSpec[] = [];
  for (const { highlight, range } of anchored) {
    if (!range) continue;
    const from = map.toPosition(range.start, 'start');
    const to = map.toPosition(range.end, 'end');
    if (from === null || to === null || from >= to) continue;
    specs.push({ id: highlight.id, from, to, colorClass: highlightColorClass(highlight.color) });
  }
  // Longest first: ProseMirror nests later decorations inside earlier ones on the same text.
  return specs.sort((a, b) => b.to - b.from - (a.to - a.from));
}
