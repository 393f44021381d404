import { describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { TextPositionMap } from './text-position-map.js';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    blockquote: { group: 'block', content: 'block+' },
    text: {},
  },
});

const doc = schema.node('doc', null, [
  schema.node('paragraph', null, [schema.text('One')]),
  schema.node('blockquote', null, [schema.node('paragraph', null, [schema.text('Two')])]),
  schema.node('paragraph', null, [schema.text('Three')]),
]);

describe('TextPositionMap', () => {
  const map = TextPositionMap.fromDoc(doc);

  it('joins textblocks with the canonical separator', () => {
    expect(map.text).toBe('One\n\nTwo\n\nThree');
  });

  it.each([
    [0, 1], [3, 4], [5, 7], [8, 10], [10, 13], [15, 18],
  ])('maps offset %i to position %i and back', (offset, position) => {
    expect(map.toPosition(offset, 'start')).toBe(position);
    expect(map.toOffset(position)).toBe(offset);
  });

  it('moves an offset inside a separator to the next block for a start, the previous for an end', () => {
    expect(map.toPosition(4, 'start')).toBe(7);
    expect(map.toPosition(4, 'end')).toBe(4);
  });

  it('snaps positions between blocks to a block edge', () => {
    expect(map.toOffset(0)).toBe(0);
    expect(map.toOffset(5)).toBe(3);
    expect(map.toOffset(6)).toBe(3);
    expect(map.toOffset(100)).toBe(15);
  });
});
