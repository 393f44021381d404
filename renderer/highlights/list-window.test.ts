import { describe, expect, it } from 'vitest';
import { listWindow } from './list-window.js';

const keys = Array.from({ length: 1_000 }, (_, index) => `h${index}`);
// Rows of 50 px and every tenth 150 px, 8 px apart.
const heightOf = (key: string) => (Number(key.slice(1)) % 10 === 9 ? 150 : 50);
const GAP = 8;

// Where each drawn row ends up when the list lays out the drawn rows with their margins and gaps.
function laidOut(window: ReturnType<typeof listWindow>): { index: number; top: number }[] {
  let y = 0;
  return window.rows.map(({ index, marginBefore }, position) => {
    y += marginBefore + (position > 0 ? GAP : 0);
    const top = y;
    y += heightOf(keys[index]!);
    return { index, top };
  });
}

function wholeListTop(index: number): number {
  let y = 0;
  for (let before = 0; before < index; before += 1) y += heightOf(keys[before]!) + GAP;
  return y;
}

describe('listWindow', () => {
  it('draws every row, with no margins, when not windowed', () => {
    const window = listWindow(keys.slice(0, 5), heightOf, GAP, null, null);
    expect(window).toEqual({ isWindowed: false, rows: [0, 1, 2, 3, 4].map((index) => ({ index, marginBefore: 0 })), paddingAfter: 0 });
  });

  it('draws the rows within the range, each where the whole list would put it, and keeps the list as tall as the whole', () => {
    const window = listWindow(keys, heightOf, GAP, { top: 20_000, bottom: 21_000 }, null);
    const drawn = laidOut(window);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(30);
    for (const { index, top } of drawn) expect(top).toBe(wholeListTop(index));
    // The first drawn row reaches into the range, the one before it does not.
    const first = drawn[0]!.index;
    expect(wholeListTop(first) + heightOf(keys[first]!) + GAP).toBeGreaterThan(20_000);
    expect(wholeListTop(first)).toBeLessThanOrEqual(20_000);
    const last = drawn.at(-1)!;
    expect(last.top).toBeLessThan(21_000);
    expect(wholeListTop(last.index + 1)).toBeGreaterThanOrEqual(21_000);
    const height = last.top + heightOf(keys[last.index]!) + window.paddingAfter;
    expect(height).toBe(wholeListTop(keys.length) - GAP);
  });

  it('draws the pinned row where it belongs, far from the range, with the rows between left out', () => {
    const window = listWindow(keys, heightOf, GAP, { top: 0, bottom: 500 }, 'h900');
    const drawn = laidOut(window);
    expect(drawn.at(-1)).toEqual({ index: 900, top: wholeListTop(900) });
    expect(drawn.slice(0, -1).every(({ index }) => index < 20)).toBe(true);
    expect(drawn.at(-1)!.top + heightOf('h900') + window.paddingAfter).toBe(wholeListTop(keys.length) - GAP);
  });

  it('draws nothing but keeps the height when the range lies past the end', () => {
    const window = listWindow(keys, heightOf, GAP, { top: 1e7, bottom: 1e7 + 500 }, null);
    expect(window.rows).toEqual([]);
    expect(window.paddingAfter).toBe(wholeListTop(keys.length) - GAP);
  });
});
