import { describe, expect, it } from 'vitest';
import { placeSuggestions } from './suggestion-decorations.js';
import { TextPositionMap } from './text-position-map.js';

describe('placeSuggestions', () => {
  const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'He said it was over.' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'She said it was not.' }] }] };

  it('places the spans of canonical text in the editor and marks the current one', async () => {
    const { Schema } = await import('@tiptap/pm/model');
    const schema = new Schema({ nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'text*' }, text: {} } });
    const map = TextPositionMap.fromDoc(schema.nodeFromJSON(doc));
    // "it was over" is 8..19 of the text; the second paragraph's text starts at 22 (after the blank line), its content at editor position 23.
    const placed = placeSuggestions(map, [{ id: 'a', start: 8, end: 19 }, { id: 'b', start: 31, end: 41 }], 'b');
    expect(placed).toEqual([
      { id: 'a', from: 9, to: 20, isCurrent: false },
      { id: 'b', from: 32, to: 42, isCurrent: true },
    ]);
  });

  it('leaves out the suggestions that overlap a highlight, so no highlight span is cut in two', async () => {
    const { Schema } = await import('@tiptap/pm/model');
    const schema = new Schema({ nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'text*' }, text: {} } });
    const map = TextPositionMap.fromDoc(schema.nodeFromJSON(doc));
    const placed = placeSuggestions(map, [{ id: 'a', start: 8, end: 19 }, { id: 'b', start: 31, end: 41 }], null, [{ start: 0, end: 10 }]);
    expect(placed.map((suggestion) => suggestion.id)).toEqual(['b']);
  });

  it('finds every overlap among many nested and touching highlights as a pairwise check would', async () => {
    const { Schema } = await import('@tiptap/pm/model');
    const schema = new Schema({ nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'text*' }, text: {} } });
    const text = 'word '.repeat(400);
    const map = TextPositionMap.fromDoc(schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }));
    // A fixed pseudo-random sequence: the same cases every run.
    let seed = 7;
    const next = (limit: number) => (seed = (seed * 48271) % 2147483647) % limit;
    const rangeAt = () => {
      const start = next(1400);
      return { start, end: start + 1 + next(40) };
    };
    const highlighted = Array.from({ length: 60 }, rangeAt);
    // A long one holding many short ones; past 1,440 only the touching cases (end == start: no overlap).
    highlighted.push({ start: 100, end: 300 }, { start: 1500, end: 1510 });
    const spans = [...Array.from({ length: 400 }, (_, n) => ({ id: `s${n}`, ...rangeAt() })), { id: 'touch-before', start: 1490, end: 1500 }, { id: 'touch-after', start: 1510, end: 1520 }];
    const expected = spans.filter((span) => !highlighted.some((range) => range.start < span.end && span.start < range.end)).map((span) => span.id);
    expect(expected).toEqual(expect.arrayContaining(['touch-before', 'touch-after']));
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(spans.length - 20);
    expect(placeSuggestions(map, spans, null, highlighted).map((suggestion) => suggestion.id)).toEqual(expected);
  });
});
