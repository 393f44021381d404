import { describe, expect, it } from 'vitest';
import { getExtensionField } from '@tiptap/core';
import { Schema } from '@tiptap/pm/model';
import { EditorState, type Plugin } from '@tiptap/pm/state';
import type { Highlight } from '../../core/model/highlight.js';
import { HighlightDecorations, highlightDecorationsKey, selectedHighlightKey } from './highlight-decorations.js';
import { textPositionMapKey } from './text-position-map-plugin.js';

const content = { type: 'doc', content: ['One two', 'Three four'].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
const highlights = [
  { highlight: { id: 'a', color: 'yellow' } as Highlight, range: { start: 0, end: 7 } },
  { highlight: { id: 'b', color: 'blue' } as Highlight, range: { start: 9, end: 14 } },
];

const schema = new Schema({ nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'text*' }, text: {} } });

// The state an editor view starts from: the document with the extension's plugins, each plugin's init run once.
function createState(selectedId: string | null): EditorState {
  const extension = HighlightDecorations.configure({ highlights, selectedId });
  const addPlugins = getExtensionField<() => Plugin[]>(extension, 'addProseMirrorPlugins', { name: extension.name, options: extension.options, storage: {} } as never);
  return EditorState.create({ doc: schema.nodeFromJSON(content), plugins: addPlugins() });
}

describe('HighlightDecorations', () => {
  it('draws the highlights known at creation into the first state, so the article is drawn once', () => {
    const state = createState('b');
    const drawn = highlightDecorationsKey.getState(state)!;
    expect(drawn.specs.map((spec) => [spec.id, spec.from, spec.to])).toEqual([['a', 1, 8], ['b', 10, 15]]);
    expect(drawn.decorations.find().map((decoration) => [decoration.from, decoration.to])).toEqual([[1, 8], [10, 15]]);
    expect(textPositionMapKey.getState(state)!.text).toBe('One two\n\nThree four');
    const outline = selectedHighlightKey.getState(state)!;
    expect(outline.id).toBe('b');
    expect(outline.decorations.find().map((decoration) => [decoration.from, decoration.to])).toEqual([[10, 15]]);
  });

  it('replaces the drawn highlights with the list a transaction carries', () => {
    const state = createState('a').apply(createState('a').tr.setMeta(highlightDecorationsKey, [{ id: 'c', from: 2, to: 4, colorClass: 'highlight-red' }]).setMeta(selectedHighlightKey, 'c'));
    expect(highlightDecorationsKey.getState(state)!.specs.map((spec) => spec.id)).toEqual(['c']);
    expect(selectedHighlightKey.getState(state)!.decorations.find().map((decoration) => [decoration.from, decoration.to])).toEqual([[2, 4]]);
  });
});
