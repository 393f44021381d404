import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { AnchoredHighlight } from './anchored-highlight.js';
import type { HighlightDecorationSpec } from './highlight-decoration-spec.js';
import { highlightDecorationSpecs } from './highlight-decoration-specs.js';
import { createTextPositionMapPlugin, textPositionMapKey } from './text-position-map-plugin.js';

/** The highlights an article view opens with; they are drawn into the editor's first state. */
export interface HighlightDecorationsOptions {
  highlights: readonly AnchoredHighlight[];
  selectedId: string | null;
}

/** What the highlight plugin draws: the specs it was built from (to tell whether a new list changes anything) and their decorations. */
export interface DrawnHighlights {
  specs: readonly HighlightDecorationSpec[];
  decorations: DecorationSet;
}

/** What the selection plugin draws: the selected highlight's id and its outline. */
export interface DrawnSelection {
  id: string | null;
  decorations: DecorationSet;
}

/** Key of the plugin; a transaction with this meta (HighlightDecorationSpec[]) replaces the drawn highlights. */
export const highlightDecorationsKey = new PluginKey<DrawnHighlights>('highlightDecorations');

/** Key of the selection plugin; a transaction with this meta (a highlight id, or null) moves the outline. */
export const selectedHighlightKey = new PluginKey<DrawnSelection>('selectedHighlight');

/**
 * Draws highlights as inline decorations: stand-off data never becomes marks in the document.
 * Overlapping highlights become nested spans, so their translucent backgrounds stack. The highlights
 * known when the editor is created are part of its first state, so the article is drawn once, with
 * them; a later set is built only when the highlights change (O(n log n) once); selecting one only adds
 * or moves a small second set with its outline, so a click in a 1,000-highlight article stays cheap.
 */
export const HighlightDecorations = Extension.create<HighlightDecorationsOptions>({
  name: 'highlightDecorations',

  addOptions: () => ({ highlights: [], selectedId: null }),

  addProseMirrorPlugins() {
    const { highlights, selectedId } = this.options;
    return [
      createTextPositionMapPlugin(),
      new Plugin<DrawnHighlights>({
        key: highlightDecorationsKey,
        state: {
          init: (_config, state) => drawHighlights(state, highlightDecorationSpecs(highlights, textPositionMapKey.getState(state)!)),
          apply(transaction, previous, _oldState, newState) {
            const specs = transaction.getMeta(highlightDecorationsKey) as HighlightDecorationSpec[] | undefined;
            if (specs) return drawHighlights(newState, specs);
            // Mapped decorations no longer match their specs: an empty list makes the next list redraw.
            return transaction.docChanged ? { specs: [], decorations: previous.decorations.map(transaction.mapping, transaction.doc) } : previous;
          },
        },
        props: {
          decorations: (state) => highlightDecorationsKey.getState(state)?.decorations,
        },
      }),
      new Plugin<DrawnSelection>({
        key: selectedHighlightKey,
        state: {
          init: (_config, state) => outlineOf(state, selectedId),
          apply(transaction, previous, _oldState, newState) {
            const id = transaction.getMeta(selectedHighlightKey) as string | null | undefined;
            if (id !== undefined) return outlineOf(newState, id);
            return transaction.docChanged ? { id: previous.id, decorations: previous.decorations.map(transaction.mapping, transaction.doc) } : previous;
          },
        },
        props: {
          decorations: (state) => selectedHighlightKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

function drawHighlights(state: EditorState, specs: readonly HighlightDecorationSpec[]): DrawnHighlights {
  return { specs, decorations: DecorationSet.create(state.doc, specs.map(toDecoration)) };
}

function toDecoration(spec: HighlightDecorationSpec): Decoration {
  // An explicit nodeName gives each highlight its own span; without it ProseMirror merges overlapping
  // decorations into one span and the inner highlight's id and darker stacking are lost.
  return Decoration.inline(spec.from, spec.to, { nodeName: 'span', class: `highlight ${spec.colorClass}`, 'data-highlight-id': spec.id }, { id: spec.id });
}

function outlineOf(state: EditorState, id: string | null): DrawnSelection {
  if (id === null) return { id, decorations: DecorationSet.empty };
  const drawn = highlightDecorationsKey.getState(state)?.decorations;
  const found = drawn?.find(undefined, undefined, (spec: { id?: string }) => spec.id === id)[0];
  if (!found) return { id, decorations: DecorationSet.empty };
  // No nodeName: the class joins the highlight's own span rather than adding a wrapper.
  return { id, decorations: DecorationSet.create(state.doc, [Decoration.inline(found.from, found.to, { class: 'highlight-selected' })]) };
}
