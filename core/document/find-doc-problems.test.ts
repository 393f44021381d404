import { describe, expect, it } from 'vitest';
import type { DocNode } from './doc-node.js';
import { findDocProblems } from './find-doc-problems.js';

const text = (value: string, marks?: DocNode['marks']): DocNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

describe('findDocProblems', () => {
  it('accepts a sound document, including the paragraph of an empty table cell', () => {
    const sound = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
      { type: 'paragraph', content: [text('a', [{ type: 'link', attrs: { href: 'https://e.org' } }]), { type: 'hardBreak' }, text('b')] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] }] },
      { type: 'image', attrs: { src: 'data:image/png;base64,AAAA' } },
    );
    expect(findDocProblems(sound)).toEqual([]);
  });

  it.each<[string, DocNode, RegExp]>([
    ['an unknown node', doc({ type: 'iframe' }), /unknown node type/],
    ['an unknown mark', doc({ type: 'paragraph', content: [text('x', [{ type: 'script' }])] }), /unknown mark/],
    ['an unsafe link', doc({ type: 'paragraph', content: [text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] }), /unsafe link/],
    ['a remote image', doc({ type: 'image', attrs: { src: 'https://e.org/a.png' } }), /image not embedded/],
    ['an empty textblock', doc({ type: 'paragraph', content: [] }), /empty textblock/],
    ['an empty text node', doc({ type: 'paragraph', content: [text('')] }), /empty text node/],
    ['text outside a textblock', doc(text('loose')), /misplaced inline/],
    ['a block inside a textblock', doc({ type: 'paragraph', content: [{ type: 'paragraph', content: [text('x')] }] }), /misplaced block/],
    ['a heading level out of range', doc({ type: 'heading', attrs: { level: 7 }, content: [text('x')] }), /heading level 7/],
  ])('reports %s', (_name, bad, problem) => {
    expect(findDocProblems(bad).join('\n')).toMatch(problem);
  });
});
