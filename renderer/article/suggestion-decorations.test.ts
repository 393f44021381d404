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
});
