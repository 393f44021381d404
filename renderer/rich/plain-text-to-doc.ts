import type { DocNode } from '../../core/document/doc-node.js';

/** A rich document holding a plain note, one paragraph per line, for turning a plain note into a rich one. */
export function plainTextToDoc(text: string): DocNode {
  const lines = text.split('\n');
  return {
    type: 'doc',
    content: lines.map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })),
  };
}
