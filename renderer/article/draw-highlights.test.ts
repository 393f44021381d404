import { describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import type { DecorationSet } from '@tiptap/pm/view';
import { drawHighlights } from './draw-highlights.js';
import type { HighlightDecorationSpec } from './highlight-decoration-spec.js';

const schema = new Schema({ nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'text*' }, text: {} } });
// 200 paragraphs of 30 characters: paragraph n holds positions 32n + 1 to 32n + 31.
const doc = schema.node('doc', null, Array.from({ length: 200 }, (_, index) => schema.node('paragraph', null, [schema.text(`Paragraph ${String(index).padStart(3, '0')} of a long report.`)])));

function spec(id: string, paragraph: number, start: number, length: number, colorClass = 'highlight-yellow'): HighlightDecorationSpec {
  const from = 32 * paragraph + 1 + start;
  return { id, from, to: from + length, colorClass };
}

// What a set draws, in a comparable form: every decoration with its place and attributes.
function drawn(set: DecorationSet): string[] {
  return set.find().map((decoration) => `${decoration.from}-${decoration.to} ${JSON.stringify((decoration as unknown as { type: { attrs: unknown } }).type.attrs)}`).sort();
}

describe('drawHighlights', () => {
  it('draws the same decorations from what was drawn before as from scratch, through additions, removals, moves and recolourings', () => {
    let seed = 11;
    const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
    let specs: HighlightDecorationSpec[] = Array.from({ length: 300 }, (_, index) => spec(`h${index}`, random(200), random(20), 1 + random(10)));
    let current = drawHighlights(doc, specs);
    for (let step = 0; step < 60; step += 1) {
      const next = specs.filter(() => random(10) > 0).map((item) => (random(8) === 0 ? spec(item.id, random(200), random(20), 1 + random(10), random(2) ? 'highlight-blue' : 'highlight-yellow') : item));
      for (let index = random(4); index > 0; index -= 1) next.push(spec(`n${step}-${index}`, random(200), random(20), 1 + random(10)));
      specs = next;
      current = drawHighlights(doc, specs, current);
      expect(drawn(current.decorations)).toEqual(drawn(drawHighlights(doc, specs).decorations));
    }
  });

  it('adds one highlight among many without touching the rest of the set', () => {
    const many = Array.from({ length: 150 }, (_, index) => spec(`h${index}`, index, 0, 9));
    const before = drawHighlights(doc, many);
    const after = drawHighlights(doc, [...many, spec('new', 180, 12, 6)], before);
    expect(after.decorations.find(32 * 180, 32 * 181).map((decoration) => decoration.spec.id)).toEqual(['new']);
    // The paragraphs the new highlight is not in keep their decoration sets as they were (same objects).
    const children = (set: DecorationSet) => (set as unknown as { children: unknown[] }).children;
    const kept = children(before.decorations).filter((item) => typeof item !== 'number');
    expect(children(after.decorations).filter((item) => typeof item !== 'number' && kept.includes(item))).toHaveLength(kept.length);
    expect(after.byId!.get('h3')).toBe(before.byId!.get('h3'));
  });

  it('keeps what was drawn when the list places every highlight where it was', () => {
    const list = [spec('a', 1, 0, 5), spec('b', 2, 3, 4)];
    const before = drawHighlights(doc, list);
    const after = drawHighlights(doc, list.map((item) => ({ ...item })), before);
    expect(after.decorations).toBe(before.decorations);
  });

  it('takes out a highlight whose id changed and draws it under the new one (a provisional highlight once stored)', () => {
    const before = drawHighlights(doc, [spec('a', 1, 0, 5), spec('pending-1', 4, 2, 8)]);
    const after = drawHighlights(doc, [spec('a', 1, 0, 5), spec('stored-1', 4, 2, 8)], before);
    expect(after.decorations.find().map((decoration) => decoration.spec.id).sort()).toEqual(['a', 'stored-1']);
  });
});
