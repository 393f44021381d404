import { anchorTarget } from '../../core/anchoring/anchor-target.js';
import type { Highlight, HighlightTarget } from '../../core/model/highlight.js';
import type { AnchoredHighlight } from './anchored-highlight.js';
import type { TextRange } from './text-range.js';

// Edits of a highlight's fields keep its target object, so typing a note never re-anchors anything.
const cache = new WeakMap<HighlightTarget, { text: string; range: TextRange | null }>();

/** Anchors every highlight in the article text, in reading order; orphaned ones come last. */
export function anchorHighlights(text: string, highlights: readonly Highlight[]): AnchoredHighlight[] {
  const anchored = highlights.map((highlight) => ({ highlight, range: anchorCached(text, highlight.target) }));
  return anchored.sort((a, b) => {
    if (!a.range || !b.range) return (a.range ? 0 : 1) - (b.range ? 0 : 1);
    return a.range.start - b.range.start || b.range.end - a.range.end;
  });
}

function anchorCached(text: string, target: HighlightTarget): TextRange | null {
  const known = cache.get(target);
  if (known && known.text === text) return known.range;
  const range = anchorTarget(text, target);
  cache.set(target, { text, range });
  return range;
}
