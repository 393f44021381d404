import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** One highlight to draw, already in editor positions. */
export interface HighlightDecorationSpec {
  id: string;
  from: number;
  to: number;
  colorClass: string;
  isSelected: boolean;
}

/** Key of the plugin; a transaction with this meta (HighlightDecorationSpec[]) replaces the drawn highlights. */
export const highlightDecorationsKey = new PluginKey<DecorationSet>('highlightDecorations');

/**
 * Draws highlights as inline decorations: stand-off data never becomes marks in the document.
 * Overlapping highlights become nested spans, so their translucent backgrounds stack.
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
            return previous.map(transaction.mapping, transaction.doc);
          },
        },
        props: {
          decorations(state) {
            return highlightDecorationsKey.getState(state);
          },
        },
      }),
    ];
  },
});

function toDecoration(spec: HighlightDecorationSpec): Decoration {
  const classes = ['highlight', spec.colorClass];
  if (spec.isSelected) classes.push('highlight-selected');
  // An explicit nodeName gives each highlight its own span; without it ProseMirror merges overlapping
  // decorations into one span and the inner highlight's id and darker stacking are lost.
  return Decoration.inline(spec.from, spec.to, { nodeName: 'span', class: classes.join(' '), 'data-highlight-id': spec.id }, { id: spec.id });
}
