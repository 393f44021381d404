import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { docToText } from '../../core/document/doc-text.js';
import type { DocNode } from '../../core/document/doc-node.js';
import { ARTICLE_CHUNK } from './article-chunk-node.js';
import { chunkArticleDoc } from './chunk-article-doc.js';
import { createArticleExtensions } from './create-article-extensions.js';
import { TextPositionMap } from './text-position-map.js';

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

// A long article: paragraphs with a heading and a list among them (a list holds textblocks of its own).
function longDoc(blocks: number): DocNode {
  const content: DocNode[] = [];
  for (let index = 0; index < blocks; index += 1) {
    if (index % 50 === 7) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Section ${index}` }] });
    else if (index % 50 === 30) content.push({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(`Point ${index}`)] }] });
    else content.push(paragraph(`Paragraph ${index} says something about the talks.`));
  }
  return { type: 'doc', content };
}

describe('chunkArticleDoc', () => {
  it('leaves a short article as it is', () => {
    const doc = longDoc(150);
    expect(chunkArticleDoc(doc)).toBe(doc);
  });

  it('groups a long article in chunks of a hundred blocks and keeps its canonical text', () => {
    const doc = longDoc(450);
    const chunked = chunkArticleDoc(doc);
    expect(chunked.content!.map((chunk) => [chunk.type, chunk.content!.length])).toEqual([[ARTICLE_CHUNK, 100], [ARTICLE_CHUNK, 100], [ARTICLE_CHUNK, 100], [ARTICLE_CHUNK, 100], [ARTICLE_CHUNK, 50]]);
    expect(docToText(chunked)).toBe(docToText(doc));
  });

  it('yields an editor document whose positions map to the same text offsets', () => {
    const doc = longDoc(450);
    const text = docToText(doc);
    const schema = getSchema(createArticleExtensions({ highlights: [], selectedId: null }));
    const editorDoc = schema.nodeFromJSON(chunkArticleDoc(doc));
    const map = TextPositionMap.fromDoc(editorDoc);
    expect(map.text).toBe(text);
    for (const wanted of ['Paragraph 0 ', 'Section 257', 'Point 330', 'Paragraph 449 ']) {
      const start = text.indexOf(wanted);
      const from = map.toPosition(start, 'start')!;
      const to = map.toPosition(start + wanted.length, 'end')!;
      expect(editorDoc.textBetween(from, to)).toBe(wanted);
      expect(map.toOffset(from)).toBe(start);
    }
  });
});
