import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundHtml, MAX_HTML_ATTRIBUTES, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './bound-html.js';
import type { HtmlNode } from './html-node.js';
import { ImportLimitError } from './import-limit-error.js';
import { FIXTURES } from './import-test-helpers.js';
import { parseHtmlDocument } from './parse-html-document.js';

/** How deep the elements under `node` go (iteratively: the point is documents too deep to recurse). */
function depthOf(node: HtmlNode): number {
  let deepest = 0;
  const pending: Array<[HtmlNode, number]> = [[node, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(current.childNodes)) if (child.nodeType === 1) pending.push([child, depth + 1]);
  }
  return deepest;
}

const nested = (levels: number, inner = 'Deep text here.'): string => `${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}`;

describe('boundHtml', () => {
  it('gives every test page back unchanged', () => {
    const pages = path.join(FIXTURES, 'web-pages');
    for (const name of fs.readdirSync(pages)) {
      const file = path.join(pages, name, 'source.html');
      if (!fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      expect(boundHtml(html).html, name).toBe(html);
    }
  });

  it.each([
    ['nested elements', '<div><div><div>a</div></div></div>', '<div><div>a</div></div>'],
    ['implied end tags, as htmlparser2 closes them', '<ul><li>a<li>b<ul><li>c</ul></ul>', '<ul><li>a<li>bc</ul>'],
    ['images and line breaks deep down (void elements nest nothing)', '<div><div><div><img src="x.png" alt="x"><br>t</div></div></div>', '<div><div><img src="x.png" alt="x"><br>t</div></div>'],
    ['the text of raw-text elements, which would read as markup without their tags', '<div><div><script>"<div>"</script><b>t</b></div></div>', '<div><div><script>"<div>"</script>t</div></div>'],
    ['self-closing tags in SVG', '<svg><g><path/></g></svg>', '<svg><g></g></svg>'],
  ])('unwraps what is too deep, keeping %s', (_, html, expected) => {
    expect(boundHtml(html, { maxDepth: 2 }).html).toBe(expected);
  });

  it.each([1_000, 2_000, 5_000, 100_000])('caps %i nested levels, keeping the text', (levels) => {
    const page = parseHtmlDocument(`<html><body>${nested(levels)}</body></html>`);
    // html > body > the kept divs (one more level may be a raw-text or implied element).
    expect(depthOf(page.body!)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 1);
    expect(page.body!.textContent).toBe('Deep text here.');
  });

  it('caps unclosed and mismatched tags in one pass', () => {
    const bounded = boundHtml(`${'<div>'.repeat(150_000)}text${'</span>'.repeat(150_000)}`);
    expect(bounded.elementCount).toBe(150_000);
    expect(depthOf(parseHtmlDocument(bounded).body!)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 1);
  });

  it('counts the nesting work Readability would do', () => {
    expect(boundHtml('<div><p>a</p><p>b</p></div>').nestingWork).toBe(1 + 4 + 4);
  });

  it('refuses more elements than the limit, with a reason a person understands', () => {
    expect(() => boundHtml('<p>x</p>'.repeat(MAX_HTML_ELEMENTS + 1))).toThrow(ImportLimitError);
    expect(() => boundHtml('<p>x</p>'.repeat(MAX_HTML_ELEMENTS + 1))).toThrow(`more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} HTML elements`);
    expect(boundHtml('<p>x</p>'.repeat(MAX_HTML_ELEMENTS)).elementCount).toBe(MAX_HTML_ELEMENTS);
  });

  it('refuses more attributes than the limit (a single tag can hold millions)', () => {
    expect(() => boundHtml(`<p ${'a '.repeat(MAX_HTML_ATTRIBUTES + 1)}>x`)).toThrow(`more than ${MAX_HTML_ATTRIBUTES.toLocaleString('en')} HTML attributes`);
  });
});
