import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * The browser's current selection as a ProseMirror selection. A read-only view learns of selection
 * changes only on the (asynchronous) selectionchange event, and every transaction writes the state's
 * selection back to the DOM; passing this along with a transaction keeps that write from restoring a stale range.
 */
export function readDomSelection(view: EditorView): Selection {
  const { doc } = view.state;
  const selection = window.getSelection();
  const anchorNode = selection?.anchorNode;
  const focusNode = selection?.focusNode;
  if (selection && anchorNode && focusNode && view.dom.contains(anchorNode) && view.dom.contains(focusNode)) {
    try {
      const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
      const head = view.posAtDOM(focusNode, selection.focusOffset);
      return TextSelection.between(doc.resolve(anchor), doc.resolve(head));
    } catch {
      // DOM that ProseMirror does not manage: fall through to an empty selection.
    }
  }
  return Selection.atStart(doc);
}
