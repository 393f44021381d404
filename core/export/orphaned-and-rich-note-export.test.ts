import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../document/doc-node.js';
import { formatArticleMarkdown } from './article-markdown.js';
import { articleForTests, highlightForTests } from './export-test-fixtures.js';
import { formatHighlightCollectionMarkdown } from './highlight-collection-markdown.js';
import { formatHighlightsCsv } from './highlights-csv.js';
import { formatWebAnnotationCollection } from './web-annotation-collection.js';

// Two things every export format must carry: a highlight a re-import could not place
// (flagged `orphaned`) is marked as such, and a rich note keeps its form in Markdown.

const markdown = new MarkdownIt();
const TEXT = 'The CSTO failed Armenia, the MP said.\n\nNobody answered the request.';
const ORPHANED_LINE = 'Orphaned: the quote is no longer found in the updated article';

const RICH_NOTE: DocNode = {
  type: 'doc',
  content: [
    { type: 'bulletList', content: [
      { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'point' }] }] },
      { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'see the ' }, { type: 'text', text: 'source', marks: [{ type: 'link', attrs: { href: 'https://example.org/s' } }] }] }] },
    ] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Doubtful', marks: [{ type: 'italic' }] }, { type: 'text', text: ' # not a heading' }] },
  ],
};

const article = articleForTests(TEXT, { url: 'https://example.org/a' });
const orphan = highlightForTests(TEXT, 'The CSTO failed Armenia', { orphaned: true, claimant: 'Armen Khachatrian', tags: ['CSTO'] });
const rich = highlightForTests(TEXT, 'Nobody answered', { note: 'first point\n\nsee the source\n\nDoubtful # not a heading', noteDoc: RICH_NOTE, tags: ['CSTO'] });

/** The text of the blocks markdown-it finds, block by block, with inline markup as tags. */
function renderedBlocks(source: string): string[] {
  return markdown
    .render(source)
    .split('\n')
    .filter((line) => line !== '');
}

describe('orphaned highlights in exports', () => {
  it('Markdown note: a line says the quote is no longer found, only for the orphaned one', () => {
    const html = markdown.render(formatArticleMarkdown(article, [orphan, rich]));
    expect(html.match(/Orphaned:/g)).toHaveLength(1);
    expect(html).toContain(`<p><strong>Orphaned:</strong> ${ORPHANED_LINE.slice('Orphaned: '.length)}</p>`);
    // The line follows the orphaned quote, before the next highlight's quote.
    expect(html.indexOf('Orphaned:')).toBeGreaterThan(html.indexOf('The CSTO failed Armenia'));
    expect(html.indexOf('Orphaned:')).toBeLessThan(html.indexOf('Nobody answered'));
  });

  it('Markdown collection, CSV column and JSON-LD rn:orphaned', () => {
    const collection = markdown.render(formatHighlightCollectionMarkdown({ kind: 'tag', name: 'CSTO' }, [{ article, noteStem: 'Note', highlights: [orphan, rich] }]));
    expect(collection.match(/Orphaned:/g)).toHaveLength(1);

    const rows = formatHighlightsCsv([{ article, highlights: [orphan, rich] }]).slice(1).split('\r\n');
    const header = rows[0]!.split(',');
    const column = header.indexOf('Orphaned');
    expect(column).toBeGreaterThan(-1);
    expect(rows[1]!.split(',')[column]).toBe('yes');
    expect(header.length).toBe(rows[1]!.split(',').length);

    const annotations = formatWebAnnotationCollection([{ article, highlights: [orphan, rich] }], { id: 'urn:x', label: 'x' }).first.items;
    expect(annotations.map((annotation) => annotation['rn:orphaned'])).toEqual([true, undefined]);
  });
});

describe('a rich note in Markdown exports', () => {
  it('keeps bold, italic, the list and the link, with the note text escaped', () => {
    const blocks = renderedBlocks(formatArticleMarkdown(article, [rich]));
    const note = blocks.indexOf('<p><strong>Note:</strong></p>');
    expect(note).toBeGreaterThan(-1);
    expect(blocks.slice(note + 1, note + 6)).toEqual([
      '<ul>',
      '<li><strong>first</strong> point</li>',
      '<li>see the <a href="https://example.org/s">source</a></li>',
      '</ul>',
      '<p><em>Doubtful</em> # not a heading</p>',
    ]);
  });

  it('in a collection too; a note without a rich form stays plain paragraphs', () => {
    const plain = highlightForTests(TEXT, 'the MP said', { note: '**not bold**', tags: ['CSTO'] });
    const html = markdown.render(formatHighlightCollectionMarkdown({ kind: 'tag', name: 'CSTO' }, [{ article, noteStem: 'Note', highlights: [rich, plain] }]));
    expect(html).toContain('<li><strong>first</strong> point</li>');
    expect(html).toContain('<p><strong>Note:</strong> **not bold**</p>');
  });
});
