import { describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import type { Highlight } from '../../core/model/highlight.js';
import type { AnchoredHighlight } from './anchored-highlight.js';
import { highlightDecorationSpecs } from './highlight-decoration-specs.js';
import { TextPositionMap } from './text-position-map.js';

const schema = new Schema({
  nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'text*' }, text: {} },
});
// "One two\n\nThree four": block 1 holds offsets 0-7 at positions 1-8, block 2 offsets 9-19 at positions 10-20.
const map = TextPositionMap.fromDoc(schema.node('doc', null, [schema.node('paragraph', null, [schema.text('One two')]), schema.node('paragraph', null, [schema.text('Three four')])]));

function anchored(id: string, range: { start: number; end: number } | null, color = 'yellow'): AnchoredHighlight {
  return { highlight: { id, color } as Highlight, range };
}

describe('highlightDecorationSpecs', () => {
  it('places each highlight by its text offsets, longest first, with its colour class', () => {
    const specs = highlightDecorationSpecs([anchored('short', { start: 0, end: 3 }), anchored('long', { start: 4, end: 14 }, 'green')], map);
    expect(specs).toEqual([
      { id: 'long', from: 5, to: 15, colorClass: 'highlight-green' },
      { id: 'short', from: 1, to: 4, colorClass: 'highlight-yellow' },
    ]);
  });

  it('leaves out orphaned highlights and ranges that hold only a block separator', () => {
    expect(highlightDecorationSpecs([anchored('orphaned', null), anchored('separator', { start: 8, end: 9 })], map)).toEqual([]);
  });

  it('places a thousand highlights over two thousand blocks at the same positions as one by one', () => {
    const blocks = Array.from({ length: 2_000 }, (_, index) => schema.node('paragraph', null, [schema.text(`Paragraph ${index} of the report.`)]));
    const long = TextPositionMap.fromDoc(schema.node('doc', null, blocks));
    const list = Array.from({ length: 1_000 }, (_, index) => {
      const start = long.text.indexOf(`Paragraph ${index * 2} `);
      return anchored(`h${index}`, { start, end: start + 9 });
    });
    const specs = highlightDecorationSpecs(list, long);
    expect(specs).toHaveLength(1_000);
    for (const spec of specs) {
      const { range } = list[Number(spec.id.slice(1))]!;
      expect([spec.from, spec.to]).toEqual([long.toPosition(range!.start, 'start'), long.toPosition(range!.end, 'end')]);
    }
  });
});
