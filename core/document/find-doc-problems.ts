import type { DocNode } from './doc-node.js';
import { isTextblockType } from './doc-text.js';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES } from './schema-names.js';

const BLOCK_NAMES: ReadonlySet<string> = new Set(BLOCK_NODE_NAMES);
const INLINE_NAMES: ReadonlySet<string> = new Set(INLINE_NODE_NAMES);
const MARKS: ReadonlySet<string> = new Set(MARK_NAMES);
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const SAFE_IMAGE_SOURCE = /^data:image\//i;

/**
 * What is wrong with a document by the rules every stored document keeps: only the names of
 * schema-names.ts, inline content only in textblocks, no empty text, no empty textblocks (except
 * the one paragraph an empty table cell must hold), headings of level 1-6, links only to http(s)
 * or mailto, images only embedded as data:image (or without a source: a placeholder). An empty list means the document is sound.
 */
export function findDocProblems(doc: DocNode): string[] {
  const problems: string[] = [];
  if (doc.type !== 'doc') problems.push(`the root is "${doc.type}", not "doc"`);
  const visit = (node: DocNode, path: string, parent: DocNode | null): void => {
    const here = `${path}/${node.type}`;
    const isInline = INLINE_NAMES.has(node.type);
    if (!BLOCK_NAMES.has(node.type) && !isInline) problems.push(`${here}: unknown node type`);
    if (isInline !== (parent !== null && isTextblockType(parent.type))) problems.push(`${here}: misplaced ${isInline ? 'inline' : 'block'} node`);
    if (node.type === 'text' && !node.text) problems.push(`${here}: empty text node`);
    for (const mark of node.marks ?? []) {
      if (!MARKS.has(mark.type)) problems.push(`${here}: unknown mark "${mark.type}"`);
      if (mark.type === 'link' && !SAFE_HREF.test(String(mark.attrs?.['href'] ?? ''))) problems.push(`${here}: unsafe link ${JSON.stringify(mark.attrs?.['href'])}`);
    }
    if (node.type === 'heading' && ![1, 2, 3, 4, 5, 6].includes(node.attrs?.['level'] as number)) problems.push(`${here}: heading level ${String(node.attrs?.['level'])}`);
    // An image without a source is a placeholder for one that could not be had; any other source must be embedded.
    if (node.type === 'image' && (node.attrs?.['src'] ?? null) !== null && !SAFE_IMAGE_SOURCE.test(String(node.attrs?.['src']))) problems.push(`${here}: image not embedded`);
    const isEmptyCellParagraph = (parent?.type === 'tableCell' || parent?.type === 'tableHeader') && parent.content?.length === 1;
    if (isTextblockType(node.type) && (node.content ?? []).every((child) => child.type !== 'text') && !isEmptyCellParagraph) problems.push(`${here}: empty textblock`);
    (node.content ?? []).forEach((child, index) => visit(child, `${here}[${index}]`, node));
  };
  (doc.content ?? []).forEach((child, index) => visit(child, `doc[${index}]`, doc));
  return problems;
}
