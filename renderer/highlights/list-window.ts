/** The rows of a list to draw, each with the room to leave before it for the rows left out. */
export interface ListWindow {
  isWindowed: boolean;
  rows: readonly { index: number; marginBefore: number }[];
  /** Room after the last row drawn, for the rows after it. */
  paddingAfter: number;
}

/**
 * Which rows lie within `range` (pixels from the top of the list; null draws every row), plus the
 * pinned one wherever it is. Rows are `heightOf` tall and `gapPx` apart, as the list lays them out,
 * so the margins make the drawn rows sit where the whole list would put them.
 */
export function listWindow(keys: readonly string[], heightOf: (key: string) => number, gapPx: number, range: { top: number; bottom: number } | null, pinnedKey: string | null): ListWindow {
  if (range === null) return { isWindowed: false, rows: keys.map((_, index) => ({ index, marginBefore: 0 })), paddingAfter: 0 };
  // offsets[i]: where row i starts; offsets[n] is past the last row's gap.
  const offsets = new Array<number>(keys.length + 1);
  offsets[0] = 0;
  for (let index = 0; index < keys.length; index += 1) offsets[index + 1] = offsets[index]! + heightOf(keys[index]!) + gapPx;
  const first = firstEndingAfter(offsets, range.top);
  const drawn: number[] = [];
  for (let index = first; index < keys.length && offsets[index]! < range.bottom; index += 1) drawn.push(index);
  const pinned = pinnedKey === null ? -1 : keys.indexOf(pinnedKey);
  if (pinned >= 0 && !drawn.includes(pinned)) {
    drawn.push(pinned);
    drawn.sort((a, b) => a - b);
  }
  const rows: { index: number; marginBefore: number }[] = [];
  let reached = 0;
  for (const index of drawn) {
    rows.push({ index, marginBefore: offsets[index]! - reached });
    reached = offsets[index + 1]!;
  }
  const end = Math.max(0, offsets[keys.length]! - gapPx);
  // Past the last row drawn, its own gap is laid out by the list only when a row follows it.
  const paddingAfter = rows.length === 0 ? end : Math.max(0, offsets[keys.length]! - reached);
  return { isWindowed: true, rows, paddingAfter };
}

// The first row whose end (with its gap) lies after `top`: a binary search over the offsets.
function firstEndingAfter(offsets: readonly number[], top: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle + 1]! > top) high = middle;
    else low = middle + 1;
  }
  return low;
}
