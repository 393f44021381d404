import type { AnchoredHighlight } from './anchored-highlight.js';

/** The id of the shortest highlight covering a text offset, so a click inside nested ones picks the inner. */
export function findInnermostHighlight(anchored: readonly AnchoredHighlight[], offset: number): string | null {
  let best: AnchoredHighlight | null = null;
  for (const item of anchored) {
    const range = item.range;
    if (!range || offset < range.start || offset >= range.end) continue;
    if (!best || range.end - range.start < best.range!.end - best.range!.start) best = item;
  }
  return best ? best.highlight.id : null;
}
