import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { AnchoredHighlight } from './anchored-highlight.js';
import { drawHighlights, type DrawnHighlights } from './draw-highlights.js';
import type { HighlightDecorationSpec } from './highlight-decoration-spec.js';
import { highlightDecorationSpecs } from './highlight-decoration-specs.js';
import { createTextPositionMapPlugin, textPositionMapKey } from './text-position-map-plugin.js';

/** The highlights an article view opens with; they are drawn into the editor's first state. */
export interface HighlightDecorationsOptions {
  highlights: readonly AnchoredHighlight[];
  selectedId: string | null;
}

export type { DrawnHighlights } from './draw-highlights.js';

/** What the selection plugin draws: the selected highlight's id and its outline. */
export interface DrawnSelection {
  id: string | null;
  decorations: DecorationSet;
}

/** Key of the plugin; a transaction with this meta (HighlightDecorationSpec[]) makes it draw that list instead. */
export const highlightDecorationsKey = new PluginKey<DrawnHighlights>('highlightDecorations');

/** Key of the selection plugin; a transaction with this meta (a highlight id, or null) moves the outline. */
export const selectedHighlightKey = new PluginKey<DrawnSelection>('selectedHighlight');

/**
 * Draws highlights as inline decorations: stand-off data never becomes marks in the document.
 * Overlapping highlights become nested spans, so their translucent backgrounds stack. The highlights
 * known when the editor is created are part of its first state, so the article is drawn once, with
 * them; a later list changes only the decorations of the highlights that differ (one new highlight
 * among a thousand is one insertion, see drawHighlights); selecting one only adds or moves a small
 * second set with its outline, so a click in a 1,000-highlight article stays cheap.
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
          init: (_config, state) => drawHighlights(state.doc, highlightDecorationSpecs(highlights, textPositionMapKey.getState(state)!)),
          apply(transaction, previous, _oldState, newState) {
            const specs = transaction.getMeta(highlightDecorationsKey) as HighlightDecorationSpec[] | undefined;
            if (specs) return drawHighlights(newState.doc, specs, previous);
            // Mapped decorations no longer match their specs: the next list is drawn from scratch.
            return transaction.docChanged ? { specs: [], byId: null, decorations: previous.decorations.map(transaction.mapping, transaction.doc) } : previous;
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

function outlineOf(state: EditorState, id: string | null): DrawnSelection {
  if (id === null) return { id, decorations: DecorationSet.empty };
  const drawn = highlightDecorationsKey.getState(state);
  // By id when the drawn set is that of its specs; a search through the set only after a document change.
  const found = drawn?.byId ? drawn.byId.get(id)?.spec : drawn?.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id === id)[0];
  if (!found) return { id, decorations: DecorationSet.empty };
  // No nodeName: the class joins the highlight's own span rather than adding a wrapper.
  return { id, decorations: DecorationSet.create(state.doc, [Decoration.inline(found.from, found.to, { class: 'highlight-selected' })]) };
}
