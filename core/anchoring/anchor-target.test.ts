import { describe, expect, it } from 'vitest';
import { anchorTarget } from './anchor-target.js';
import { describeTextRange } from './describe-text-range.js';

const ARTICLE = [
  'Putin publicly offered to hold a trilateral meeting with Armenian Prime Minister Nikol Pashinian.',
  'A senior Armenian lawmaker, Armen Khachatrian, on Monday lambasted the CSTO for not providing any military aid.',
  '“Why is there no reaction to the aggression against a [CSTO] member state?” he told a meeting.',
].join('\n\n');

function rangeOf(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`test setup: "${quote}" not in text`);
  return { start, end: start + quote.length };
}

describe('describeTextRange then anchorTarget', () => {
  const cases = [
    { name: 'a phrase in the middle', quote: 'lambasted the CSTO' },
    { name: 'the very start of the text', quote: 'Putin publicly' },
    { name: 'the very end of the text', quote: 'told a meeting.' },
    { name: 'a range across a block separator', quote: 'Pashinian.\n\nA senior' },
    { name: 'typographic quotes and brackets', quote: '“Why is there no reaction' },
    { name: 'a single character', quote: '[' },
  ];

  it.each(cases)('round-trips $name', ({ quote }) => {
    const range = rangeOf(ARTICLE, quote);
    const target = describeTextRange(ARTICLE, range.start, range.end);
    expect(target.quote.exact).toBe(quote);
    expect(target.position).toEqual({ type: 'TextPositionSelector', ...range });
    expect(anchorTarget(ARTICLE, target)).toEqual(range);
  });

  it.each(cases)('still finds $name after text is inserted before it', ({ quote }) => {
    const range = rangeOf(ARTICLE, quote);
    const target = describeTextRange(ARTICLE, range.start, range.end);
    const edited = `An editor’s note added later.\n\n${ARTICLE}`;
    const anchored = anchorTarget(edited, target);
    expect(anchored).not.toBeNull();
    expect(edited.slice(anchored!.start, anchored!.end)).toBe(quote);
    expect(anchored!.start).toBe(range.start + 'An editor’s note added later.\n\n'.length);
  });

  it('reports an orphan when the quote was deleted', () => {
    const range = rangeOf(ARTICLE, 'lambasted the CSTO');
    const target = describeTextRange(ARTICLE, range.start, range.end);
    expect(anchorTarget(ARTICLE.replace('lambasted the CSTO', 'criticised the alliance'), target)).toBeNull();
  });

  it('uses the context to pick the right one of two occurrences', () => {
    // "CSTO" occurs twice; the highlight is on the second one ("[CSTO] member state").
    const range = rangeOf(ARTICLE, 'CSTO', 1);
    const target = describeTextRange(ARTICLE, range.start, range.end);
    // Moving the second paragraph to the front makes the old offset point nowhere useful
    // and puts the other "CSTO" nearer to it: only the context can tell them apart.
    const [first, second, third] = ARTICLE.split('\n\n');
    const reordered = [third, first, second].join('\n\n');
    const wanted = rangeOf(reordered, '[CSTO]');
    const decoy = rangeOf(reordered, 'the CSTO for');
    // The decoy really is nearer the old offset, so the position alone would pick it.
    expect(Math.abs(decoy.start - range.start)).toBeLessThan(Math.abs(wanted.start - range.start));
    expect(anchorTarget(reordered, target)).toEqual({ start: wanted.start + 1, end: wanted.end - 1 });
  });

  it('prefers the occurrence nearest the old position when the context does not decide', () => {
    const text = 'echo one echo two echo three';
    const target = describeTextRange(text, 14, 18); // the second "echo"
    const withoutContext = { ...target, quote: { ...target.quote, prefix: '', suffix: '' }, position: { ...target.position, start: 13, end: 17 } };
    expect(anchorTarget(text, withoutContext)).toEqual({ start: 14, end: 18 });
  });

  it('ignores a stale position whose text no longer matches', () => {
    const target = describeTextRange(ARTICLE, 0, 5);
    const stale = { ...target, position: { ...target.position, start: 7, end: 12 } };
    expect(anchorTarget(ARTICLE, stale)).toEqual({ start: 0, end: 5 });
  });
});

describe('describeTextRange', () => {
  it('keeps 32 characters of context on each side', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    const { quote } = describeTextRange(text, 40, 45);
    expect(quote.prefix).toBe('a'.repeat(32));
    expect(quote.suffix).toBe('b'.repeat(32));
  });

  it.each([
    [5, 5],
    [6, 5],
    [-1, 3],
    [0, 1000],
    [0.5, 2],
  ])('throws a bug error for the invalid range [%s, %s)', (start, end) => {
    expect(() => describeTextRange('some text', start, end)).toThrow(/invalid range/);
  });
});
