import type { Highlight } from '../../core/model/highlight.js';
import type { TextRange } from './text-range.js';

/** A highlight with where it anchors in the current text; `range` is null when it is orphaned. */
export interface AnchoredHighlight {
  highlight: Highlight;
  range: TextRange | null;
}
