import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { DocMark, DocNode } from '../document/doc-node.js';
import { docToMarkdown } from './doc-to-markdown.js';

const markdown = new MarkdownIt();

function text(value: string, ...marks: Array<string | DocMark>): DocNode {
  const node: DocNode = { type: 'text', text: value };
  if (marks.length > 0) node.marks = marks.map((mark) => (typeof mark === 'string' ? { type: mark } : mark));
  return node;
}
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const link = (href: string): DocMark => ({ type: 'link', attrs: { href } });

/** What CommonMark makes of the converted document, without the line breaks between tags. */
function rendered(node: DocNode): string {
  return markdown.render(docToMarkdown(node)).replace(/\n/g, '');
}

describe('docToMarkdown', () => {
  it.each([
    ['a plain paragraph', doc(paragraph(text('A note.'))), '<p>A note.</p>'],
    ['bold and italic', doc(paragraph(text('very', 'bold'), text(' and '), text('quite', 'italic'))), '<p><strong>very</strong> and <em>quite</em></p>'],
    ['marks shared by neighbours stay open', doc(paragraph(text('bold ', 'bold'), text('both', 'bold', 'italic'), text(' bold', 'bold'))), '<p><strong>bold <em>both</em> bold</strong></p>'],
    ['spaces at a mark edge move outside it', doc(paragraph(text('a'), text(' b ', 'bold'), text('c'))), '<p>a <strong>b</strong> c</p>'],
    ['strikethrough and code', doc(paragraph(text('gone', 'strike'), text(' '), text('x = `y`', 'code'))), '<p><s>gone</s> <code>x = `y`</code></p>'],
    ['a link', doc(paragraph(text('see '), text('the report', link('https://example.org/a b(1)')))), '<p>see <a href="https://example.org/a%20b%281%29">the report</a></p>'],
    ['a bold word inside a link', doc(paragraph(text('the ', link('https://e.org')), text('report', link('https://e.org'), 'bold'))), '<p><a href="https://e.org">the <strong>report</strong></a></p>'],
    ['an unsafe link stays text', doc(paragraph(text('click', link('javascript:alert(1)')))), '<p>click</p>'],
    ['"!" before a link is no image', doc(paragraph(text('Look!'), text('here', link('https://e.org')))), '<p>Look!<a href="https://e.org">here</a></p>'],
    ['paragraphs and a hard break', doc(paragraph(text('one'), { type: 'hardBreak' }, text('two')), paragraph(), paragraph(text('three'))), '<p>one<br>two</p><p>three</p>'],
    ['a heading', doc({ type: 'heading', attrs: { level: 3 }, content: [text('Context')] }), '<h3>Context</h3>'],
    [
      'a nested bullet list',
      doc({ type: 'bulletList', content: [item(paragraph(text('first')), { type: 'bulletList', content: [item(paragraph(text('inner')))] }), item(paragraph(text('second')))] }),
      '<ul><li>first<ul><li>inner</li></ul></li><li>second</li></ul>',
    ],
    ['an ordered list from 3', doc({ type: 'orderedList', attrs: { start: 3 }, content: [item(paragraph(text('c'))), item(paragraph(text('d', 'bold')))] }), '<ol start="3"><li>c</li><li><strong>d</strong></li></ol>'],
    ['a block quote', doc({ type: 'blockquote', content: [paragraph(text('quoted')), paragraph(text('twice'))] }), '<blockquote><p>quoted</p><p>twice</p></blockquote>'],
  ])('%s', (_name, input, html) => {
    expect(rendered(input)).toBe(html);
  });

  it('escapes hostile text: nothing typed makes structure', () => {
    const hostile = ['---', '# not a heading', '> not a quote', '* not a list', '1. not ordered', '_x_ `y` [[z]] | a | <b>x</b> &amp;', '    indented', '=== ', '[a](javascript:x)'];
    const input = doc(...hostile.map((line) => paragraph(text(line))), { type: 'bulletList', content: [item(paragraph(text('- inner dash')))] });
    const tokens = markdown.parse(docToMarkdown(input), {});
    const kinds = new Set(tokens.map((token) => token.type));
    expect([...kinds].sort()).toEqual(['bullet_list_close', 'bullet_list_open', 'inline', 'list_item_close', 'list_item_open', 'paragraph_close', 'paragraph_open']);
    const inlineText = tokens.filter((token) => token.type === 'inline').map((token) => (token.children ?? []).map((child) => (child.type === 'text' ? child.content : `<${child.type}>`)).join(''));
    expect(inlineText).toEqual([...hostile.map((line) => line.trim()), '- inner dash']);
  });

  it('keeps a right-to-left note and drops empty documents', () => {
    expect(rendered(doc(paragraph(text('النص', 'bold'))))).toBe('<p><strong>النص</strong></p>');
    expect(docToMarkdown(doc(paragraph(), paragraph(text('   '))))).toBe('');
    expect(docToMarkdown({ type: 'doc' })).toBe('');
  });
});
