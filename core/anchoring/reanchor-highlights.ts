import type { HighlightTarget } from '../model/highlight.js';
import { anchorTarget, type TextRange } from './anchor-target.js';
import { describeTextRange } from './describe-text-range.js';

/** Where one highlight landed in the new text: its range and fresh selectors, or null when orphaned. */
export interface Reanchored<T> {
  highlight: T;
  range: TextRange | null;
  /** The selectors described afresh over the new text; null when orphaned (keep the old ones). */
  target: HighlightTarget | null;
}

/**
 * Places highlights made on an article's old text in its new text (after a re-import): each is
 * anchored in the old text first (to refresh a stale position and context), then its position is
 * shifted past the unchanged start and end of the text, then it is anchored in the new text by
 * position, by exact quote, or by fuzzy quote. An orphan gets range null and is never dropped.
 */
export function reanchorHighlights<T extends { target: HighlightTarget }>(oldText: string, newText: string, highlights: readonly T[]): Array<Reanchored<T>> {
  const samePrefix = commonPrefixLength(oldText, newText);
  const sameSuffix = commonSuffixLength(oldText, newText, samePrefix);
  const shift = newText.length - oldText.length;
  return highlights.map((highlight) => {
    const inOld = anchorTarget(oldText, highlight.target);
    const described = inOld === null ? highlight.target : describeTextRange(oldText, inOld.start, inOld.end);
    const { start, end } = described.position;
    // Text before the first change keeps its offsets; text after the last change moves by the length difference.
    const delta = start >= samePrefix && start >= oldText.length - sameSuffix ? shift : 0;
    const hinted: HighlightTarget = { quote: described.quote, position: { ...described.position, start: start + delta, end: end + delta } };
    const range = anchorTarget(newText, hinted);
    return { highlight, range, target: range === null ? null : describeTextRange(newText, range.start, range.end) };
  });
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index += 1;
  return index;
}

/** The common suffix, not overlapping the common prefix already counted. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let count = 0;
  while (count < limit && a.charCodeAt(a.length - 1 - count) === b.charCodeAt(b.length - 1 - count)) count += 1;
  return count;
}
