import type { DocNode } from './doc-node.js';

/**
 * The canonical plain text of a document, the text that highlights are anchored to.
 *
 * The rule, shared by importers (which store the text) and the renderer (which maps text offsets
 * to editor positions): the textblocks of the document in document order, joined by
 * TEXT_BLOCK_SEPARATOR; inside a textblock a text node contributes its text and a hardBreak
 * contributes "\n". Both are one ProseMirror position wide per UTF-16 unit, so an offset inside a
 * textblock's text equals the offset from the start of its content in the editor.
 */
export const TEXT_BLOCK_SEPARATOR = '\n\n';

/** Node types whose content is inline (text), in the document schema. */
export const TEXTBLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock', 'caption']);

/** Whether a node type holds inline content and so contributes one block of canonical text. */
export function isTextblockType(type: string): boolean {
  return TEXTBLOCK_TYPES.has(type);
}

/** The canonical text of one textblock's inline content. */
export function textblockText(node: DocNode): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
  }
  return text;
}

/** Every textblock of a document, in document order. */
export function collectTextblocks(doc: DocNode): DocNode[] {
  const blocks: DocNode[] = [];
  const visit = (node: DocNode): void => {
    if (isTextblockType(node.type)) {
      blocks.push(node);
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return blocks;
}

/** The canonical plain text of a whole document. */
export function docToText(doc: DocNode): string {
  return collectTextblocks(doc).map(textblockText).join(TEXT_BLOCK_SEPARATOR);
}
