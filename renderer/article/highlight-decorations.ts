import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** One highlight to draw, already in editor positions. */
export interface HighlightDecorationSpec {
  id: string;
  from: number;
  to: number;
  colorClass: string;
}

/** Key of the plugin; a transaction with this meta (HighlightDecorationSpec[]) replaces the drawn highlights. */
export const highlightDecorationsKey = new PluginKey<DecorationSet>('highlightDecorations');

/** Key of the selection plugin; a transaction with this meta (a highlight id, or null) moves the outline. */
export const selectedHighlightKey = new PluginKey<DecorationSet>('selectedHighlight');

/**
 * Draws highlights as inline decorations: stand-off data never becomes marks in the document.
 * Overlapping highlights become nested spans, so their translucent backgrounds stack. The set is
 * built only when the highlights change (O(n log n) once); selecting one only adds or moves a
 * small second set with its outline, so a click in a 1,000-highlight article stays cheap.
 */
export const HighlightDecorations = Extension.create({
  name: 'highlightDecorations',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: highlightDecorationsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(transaction, previous) {
            const specs = transaction.getMeta(highlightDecorationsKey) as HighlightDecorationSpec[] | undefined;
            if (specs) return DecorationSet.create(transaction.doc, specs.map(toDecoration));
            return transaction.docChanged ? previous.map(transaction.mapping, transaction.doc) : previous;
          },
        },
        props: {
          decorations: (state) => highlightDecorationsKey.getState(state),
        },
      }),
      new Plugin<DecorationSet>({
        key: selectedHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply(transaction, previous, _oldState, newState) {
            const id = transaction.getMeta(selectedHighlightKey) as string | null | undefined;
            if (id !== undefined) return outlineOf(newState, id);
            return transaction.docChanged ? previous.map(transaction.mapping, transaction.doc) : previous;
          },
        },
        props: {
          decorations: (state) => selectedHighlightKey.getState(state),
        },
      }),
    ];
  },
});

function toDecoration(spec: HighlightDecorationSpec): Decoration {
  // An explicit nodeName gives each highlight its own span; without it ProseMirror merges overlapping
  // decorations into one span and the inner highlight's id and darker stacking are lost.
  return Decoration.inline(spec.from, spec.to, { nodeName: 'span', class: `highlight ${spec.colorClass}`, 'data-highlight-id': spec.id }, { id: spec.id });
}

function outlineOf(state: EditorState, id: string | null): DecorationSet {
  if (id === null) return DecorationSet.empty;
  const drawn = highlightDecorationsKey.getState(state);
  const found = drawn?.find(undefined, undefined, (spec: { id?: string }) => spec.id === id)[0];
  if (!found) return DecorationSet.empty;
  // No nodeName: the class joins the highlight's own span rather than adding a wrapper.
  return DecorationSet.create(state.doc, [Decoration.inline(found.from, found.to, { class: 'highlight-selected' })]);
}
