import { describe, expect, it } from 'vitest';
import type { DocNode } from '../document/doc-node.js';
import { docToText } from '../document/doc-text.js';
import { findDocProblems } from '../document/find-doc-problems.js';
import { htmlToDoc } from './html-to-doc.js';

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function convert(html: string, baseUrl: string | null = null): DocNode {
  const doc = htmlToDoc(html, { baseUrl });
  expect(findDocProblems(doc)).toEqual([]);
  return doc;
}

/** The document's blocks as compact strings: "type: text" for textblocks, nested in brackets. */
function outline(node: DocNode): unknown {
  if (node.type === 'text') return node.text;
  if (['paragraph', 'heading', 'caption', 'codeBlock'].includes(node.type)) return `${node.type}: ${docToText({ type: 'doc', content: [node] })}`;
  return { [node.type]: (node.content ?? []).map(outline) };
}

describe('htmlToDoc', () => {
  it.each([
    ['collapses whitespace like a browser', '<p>  Several \n\t spaces   and\nlines  </p>', ['paragraph: Several spaces and lines']],
    ['collapses across inline elements', '<p>one <b> two </b> <i>three</i></p>', ['paragraph: one two three']],
    ['keeps non-breaking spaces', '<p>5&nbsp;km &amp; more</p>', ['paragraph: 5\u00a0km & more']],
    ['turns br into a line break and drops ones at the ends', '<p><br>line one <br> line two<br></p>', ['paragraph: line one\nline two']],
    ['keeps pre exactly', '<pre>  indented\n\tcode  <b>bold</b>\n\n</pre>', ['codeBlock:   indented\n\tcode  bold']],
    ['wraps loose inline content of containers', '<div>loose <b>text</b><p>para</p>tail</div>', ['paragraph: loose text', 'paragraph: para', 'paragraph: tail']],
    ['drops empty textblocks', '<p> </p><h2>\n</h2><p><br></p><div>   </div><p>kept</p>', ['paragraph: kept']],
    ['reads headings', '<h1>One</h1><h3>Three</h3>', ['heading: One', 'heading: Three']],
    ['reads block quotes', '<blockquote>quoted <p>para</p></blockquote>', [{ blockquote: ['paragraph: quoted', 'paragraph: para'] }]],
    ['reads horizontal rules', '<p>a</p><hr><p>b</p>', ['paragraph: a', { horizontalRule: [] }, 'paragraph: b']],
    ['makes captions of figcaptions', '<figure><figcaption>A caption</figcaption></figure>', ['caption: A caption']],
    [
      'reads lists with block content in items',
      '<ul><li>one</li><li><p>two</p><ol><li>two.a</li></ol></li></ul>',
      [{ bulletList: [{ listItem: ['paragraph: one'] }, { listItem: ['paragraph: two', { orderedList: [{ listItem: ['paragraph: two.a'] }] }] }] }],
    ],
    [
      'moves a text-less nested list into the previous item',
      '<ul><li>one</li><li><ul><li>inner</li></ul></li></ul>',
      [{ bulletList: [{ listItem: ['paragraph: one', { bulletList: [{ listItem: ['paragraph: inner'] }] }] }] }],
    ],
    ['wraps stray content of a list into items', '<ul>stray<li>item</li></ul>', [{ bulletList: [{ listItem: ['paragraph: stray'] }, { listItem: ['paragraph: item'] }] }]],
    ['starts list items with a paragraph', '<ol><li><h3>Heading item</h3></li></ol>', [{ orderedList: [{ listItem: ['paragraph: Heading item'] }] }]],
    [
      'reads tables with header and data cells',
      '<table><caption>Prices</caption><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody><tr><td>Tea</td><td><p>1</p><p>2</p></td></tr></tbody></table>',
      [
        'caption: Prices',
        {
          table: [
            { tableRow: [{ tableHeader: ['paragraph: Item'] }, { tableHeader: ['paragraph: Cost'] }] },
            { tableRow: [{ tableCell: ['paragraph: Tea'] }, { tableCell: ['paragraph: 1', 'paragraph: 2'] }] },
          ],
        },
      ],
    ],
    [
      'pads ragged table rows',
      '<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>',
      [{ table: [{ tableRow: [{ tableCell: ['paragraph: a'] }, { tableCell: ['paragraph: b'] }, { tableCell: ['paragraph: c'] }] }, { tableRow: [{ tableCell: ['paragraph: d'] }, { tableCell: ['paragraph: '] }, { tableCell: ['paragraph: '] }] }] }],
    ],
    ['keeps embedded images', `<p>before<img src="${PIXEL}" alt="dot">after</p>`, ['paragraph: before', { image: [] }, 'paragraph: after']],
    ['stands in for a remote figure image with an image without a source', '<figure><img src="https://example.com/a.jpg" alt="Leaders  in Prague"></figure>', [{ image: [] }]],
    ['drops remote icons inside text and images without alt', '<p>a <img src="https://e.com/i.png" alt="icon"> b</p><img src="https://e.com/x.png">', ['paragraph: a b']],
  ])('%s', (_name, html, expected) => {
    expect(convert(html).content!.map(outline)).toEqual(expected);
  });

  it('gives a stand-in the page\'s address and size, for the import to fetch or drop (never its source)', () => {
    const [image] = convert('<figure><img src="https://example.com/a.jpg" alt="Leaders  in Prague" width="640" height="1" role="presentation"></figure>').content!;
    expect(image).toEqual({ type: 'image', attrs: { src: null, alt: 'Leaders in Prague', title: null, source: 'https://example.com/a.jpg', width: 640, height: 1, role: 'presentation' } });
  });

  it('maps inline formatting to marks, with code excluding the others', () => {
    const doc = convert('<p><strong>b</strong><em>i</em><u>u</u><del>s</del><code>c</code><b><code>bc</code></b><a href="https://e.com"><code>lc</code></a></p>');
    const marks = doc.content![0]!.content!.map((node) => [node.text, (node.marks ?? []).map((mark) => mark.type)]);
    expect(marks).toEqual([
      ['b', ['bold']],
      ['i', ['italic']],
      ['u', ['underline']],
      ['s', ['strike']],
      ['cbc', ['code']],
      ['lc', ['link']],
    ]);
  });

  it('keeps only http(s) and mailto links, resolving relative ones against the base', () => {
    const html = '<p><a href="/a">rel</a> <a href="https://x.org/b">abs</a> <a href="mailto:x@y.org">mail</a> <a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> <a href="#top">anchor</a> <a href="file:///etc/passwd">file</a></p>';
    const links = (doc: DocNode): Array<[string | undefined, unknown]> =>
      doc.content![0]!.content!.filter((node) => node.marks).map((node) => [node.text, node.marks![0]!.attrs!['href']]);
    expect(links(convert(html, 'https://example.com/news/item.html'))).toEqual([
      ['rel', 'https://example.com/a'],
      ['abs', 'https://x.org/b'],
      ['mail', 'mailto:x@y.org'],
    ]);
    expect(links(convert(html))).toEqual([
      ['abs', 'https://x.org/b'],
      ['mail', 'mailto:x@y.org'],
    ]);
  });

  it.each([
    ['', ''],
    ['   ', ''],
    ['<<<>>>', '<<<>>>'],
    ['<p', ''],
    ['</div></div></p>', ''],
    ['<table><td>', ''],
    ['<ul><ul><li>', ''],
    ['\u0000\u0001', '\u0000\u0001'],
    ['<a href="x"><div>block in link</div></a>', 'block in link'],
  ])('makes a valid document of broken markup %j, keeping its text', (html, text) => {
    const doc = convert(html);
    expect(doc.type).toBe('doc');
    expect(docToText(doc)).toBe(text);
  });
});
