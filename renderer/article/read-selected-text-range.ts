import type { EditorView } from '@tiptap/pm/view';
import type { TextPositionMap } from './text-position-map.js';
import type { TextRange } from './text-range.js';

/**
 * The canonical-text range of the browser's selection inside the article, trimmed of surrounding
 * whitespace; null when nothing of the article is selected.
 */
export function readSelectedTextRange(view: EditorView, map: TextPositionMap): TextRange | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode) return null;
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return null;
  let anchor: number;
  let focus: number;
  try {
    anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
    focus = view.posAtDOM(focusNode, selection.focusOffset);
  } catch {
    // posAtDOM throws for DOM that ProseMirror does not manage (for example inside a decoration widget).
    return null;
  }
  let start = map.toOffset(Math.min(anchor, focus));
  let end = map.toOffset(Math.max(anchor, focus));
  while (start < end && /\s/.test(map.text[start]!)) start += 1;
  while (end > start && /\s/.test(map.text[end - 1]!)) end -= 1;
  return start < end ? { start, end } : null;
}
