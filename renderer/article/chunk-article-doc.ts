import type { DocNode } from '../../core/document/doc-node.js';
import { ARTICLE_CHUNK } from './article-chunk-node.js';

// A hundred blocks (about 15,000 px of text): few boxes for the browser to track, small enough that a
// change lays out little. Shorter articles stay as they are; they cost little either way.
const BLOCKS_PER_CHUNK = 100;
const CHUNKED_FROM = 2 * BLOCKS_PER_CHUNK;

/**
 * The article's document for the view: a long one's top-level blocks grouped into chunks of a hundred.
 * Only wrappers are added, so the textblocks, their order and so the canonical text stay the same
 * (TextPositionMap reads positions from this document, whatever its nesting).
 */
export function chunkArticleDoc(doc: DocNode): DocNode {
  const blocks = doc.content ?? [];
  if (blocks.length < CHUNKED_FROM) return doc;
  const chunks: DocNode[] = [];
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_CHUNK) chunks.push({ type: ARTICLE_CHUNK, content: blocks.slice(start, start + BLOCKS_PER_CHUNK) });
  return { ...doc, content: chunks };
}
