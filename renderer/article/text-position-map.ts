import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TEXT_BLOCK_SEPARATOR } from '../../core/document/doc-text.js';

/** One textblock: where its text sits in the canonical text and where its content starts in the editor. */
interface BlockSpan {
  textStart: number;
  textEnd: number;
  /** Editor position of the block's first content position (block position + 1). */
  contentStart: number;
}

/** Maps offsets in an article's canonical text to editor positions and back (rule of core/document/doc-text.ts). */
export class TextPositionMap {
  /** The canonical text as the editor's document yields it; must equal the stored article text. */
  readonly text: string;
  private readonly blocks: BlockSpan[];

  private constructor(text: string, blocks: BlockSpan[]) {
    this.text = text;
    this.blocks = blocks;
  }

  /** Walks the document's textblocks in order, as docToText does. */
  static fromDoc(doc: ProseMirrorNode): TextPositionMap {
    const blocks: BlockSpan[] = [];
    const parts: string[] = [];
    let offset = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      let blockText = '';
      // Only text and hardBreak are inline in our schema, so each position is one text unit.
      node.forEach((child) => {
        if (child.isText) blockText += child.text ?? '';
        else if (child.type.name === 'hardBreak') blockText += '\n';
      });
      if (blocks.length > 0) offset += TEXT_BLOCK_SEPARATOR.length;
      blocks.push({ textStart: offset, textEnd: offset + blockText.length, contentStart: pos + 1 });
      parts.push(blockText);
      offset += blockText.length;
      return false;
    });
    return new TextPositionMap(parts.join(TEXT_BLOCK_SEPARATOR), blocks);
  }

  /**
   * The editor position of a text offset. An offset inside a separator belongs to no block: a range
   * start moves forward to the next block, a range end back to the previous one.
   */
  toPosition(offset: number, side: 'start' | 'end'): number | null {
    if (this.blocks.length === 0) return null;
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.blocks[middle]!.textStart <= offset) low = middle;
      else high = middle - 1;
    }
    const block = this.blocks[low]!;
    if (offset < block.textStart) return block.contentStart;
    if (offset <= block.textEnd) return block.contentStart + (offset - block.textStart);
    if (side === 'end') return block.contentStart + (block.textEnd - block.textStart);
    const next = this.blocks[low + 1];
    return next ? next.contentStart : block.contentStart + (block.textEnd - block.textStart);
  }

  /** The text offset of an editor position; positions between blocks snap to the nearest block edge. */
  toOffset(position: number): number {
    if (this.blocks.length === 0) return 0;
    // Binary search for the last block starting at or before the position: selection changes call this often.
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.blocks[middle]!.contentStart <= position) low = middle;
      else high = middle - 1;
    }
    const block = this.blocks[low]!;
    if (position < block.contentStart) return block.textStart;
    const contentEnd = block.contentStart + (block.textEnd - block.textStart);
    return position <= contentEnd ? block.textStart + (position - block.contentStart) : block.textEnd;
  }
}
