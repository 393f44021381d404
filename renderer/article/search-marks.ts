import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The words to mark, as editor positions, and which of them is the current one (-1: none). */
export interface SearchMarkSpec {
  ranges: readonly { from: number; to: number }[];
  current: number;
}

/** Key of the plugin; a transaction with this meta (SearchMarkSpec) replaces the marks. */
export const searchMarksKey = new PluginKey<DecorationSet>('searchMarks');

/**
 * Marks the words a search or a find-in-article matched, the current one apart, as decorations of
 * their own (never in the document, and apart from the highlights' plugin): <mark> elements, so the
 * browser and assistive technology know them as marked text.
 */
export const SearchMarks = Extension.create({
  name: 'searchMarks',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: searchMarksKey,
        state: {
          init: () => DecorationSet.empty,
          apply(transaction, previous, _oldState, newState) {
            const spec = transaction.getMeta(searchMarksKey) as SearchMarkSpec | undefined;
            if (spec) return drawMarks(newState, spec);
            return transaction.docChanged ? previous.map(transaction.mapping, transaction.doc) : previous;
          },
        },
        props: {
          decorations: (state) => searchMarksKey.getState(state),
        },
      }),
    ];
  },
});

function drawMarks(state: EditorState, spec: SearchMarkSpec): DecorationSet {
  if (spec.ranges.length === 0) return DecorationSet.empty;
  return DecorationSet.create(
    state.doc,
    spec.ranges.map(({ from, to }, index) =>
      Decoration.inline(from, to, { nodeName: 'mark', class: index === spec.current ? 'search-mark is-current' : 'search-mark' }),
    ),
  );
}
