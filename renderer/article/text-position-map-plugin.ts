import { Plugin, PluginKey } from '@tiptap/pm/state';
import { TextPositionMap } from './text-position-map.js';

/** Key of the plugin whose state is the TextPositionMap of the editor's document, built once with the first state. */
export const textPositionMapKey = new PluginKey<TextPositionMap>('textPositionMap');

/** The plugin that keeps textPositionMapKey's map; list it before any plugin whose init places highlights. */
export function createTextPositionMapPlugin(): Plugin<TextPositionMap> {
  return new Plugin<TextPositionMap>({
    key: textPositionMapKey,
    state: {
      init: (_config, state) => TextPositionMap.fromDoc(state.doc),
      // The article is read-only, so this rebuild is a safeguard rather than a path taken.
      apply: (transaction, previous) => (transaction.docChanged ? TextPositionMap.fromDoc(transaction.doc) : previous),
    },
  });
}
