import { anchorTarget } from '../../core/anchoring/anchor-target.js';
import type { Highlight } from '../../core/model/highlight.js';
import type { AnchoredHighlight } from './anchored-highlight.js';

/** Anchors every highlight in the article text, in reading order; orphaned ones come last. */
export function anchorHighlights(text: string, highlights: readonly Highlight[]): AnchoredHighlight[] {
  const anchored = highlights.map((highlight) => ({ highlight, range: anchorTarget(text, highlight.target) }));
  return anchored.sort((a, b) => {
    if (!a.range || !b.range) return (a.range ? 0 : 1) - (b.range ? 0 : 1);
    return a.range.start - b.range.start || b.range.end - a.range.end;
  });
}
