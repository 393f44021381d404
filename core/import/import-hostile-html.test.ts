import { describe, expect, it } from 'vitest';
import { MAX_HTML_ELEMENTS } from './bound-html.js';
import { importDocument } from './import-document.js';
import { importChecked, importFailure } from './import-test-helpers.js';
import { padTableRows } from './pad-table-rows.js';

// Pages crafted to hurt, generated here (nothing this size is committed). Each one imports or
// fails with IMPORT_TOO_LARGE naming the file; none may hang, overflow the stack or exhaust
// memory. Their times before and after are `npm run bench` figures, not assertions.
const MB20 = 20 * 1024 * 1024 - 200;
const TEXT = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
const encode = (html: string): Uint8Array => new TextEncoder().encode(html);
const page = (body: string): Uint8Array => encode(`<html><head><title>Hostile</title></head><body>${body}</body></html>`);
const fill = (unit: string): string => unit.repeat(Math.floor(MB20 / unit.length));
const nested = (levels: number, inner: string): string => `${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}`;

describe('importDocument: hostile web pages', () => {
  it.each([1_000, 2_000, 5_000, 100_000])('imports a page nested %i levels deep', async (levels) => {
    const result = await importChecked({ bytes: page(nested(levels, '<p>Deep text here.</p>')), fileName: 'deep.html' });
    expect(result.text).toBe('Deep text here.');
  }, 60_000);

  it('imports a page of 20,000 elements in chunks 99 deep (Readability would measure each against its descendants)', async () => {
    const result = await importChecked({ bytes: page(nested(99, '<p>Chunk text.</p>').repeat(200)), fileName: 'chunks.html' });
    expect(result.text).toContain('Chunk text.');
  }, 60_000);

  it.each([
    ['4 million unclosed divs', () => page(`${fill('<div>')}x`), 'HTML elements'],
    ['1.9 million nested divs', () => page(nested(Math.floor(MB20 / 11), 'x')), 'HTML elements'],
    ['100-deep chunks', () => page(fill(nested(100, `<p>${TEXT}</p>`))), 'HTML elements'],
    ['unclosed meta tags (one tag with millions of attributes)', () => encode(fill('<meta ')), 'HTML attributes'],
  ])('fails a 20 MB page of %s clearly, as too large', async (_, bytes, limit) => {
    const error = await importFailure({ bytes: bytes(), fileName: 'hostile.html' });
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toMatch(new RegExp(`^Cannot import the file "hostile\\.html": it has more than [\\d,]+ ${limit}`));
  }, 60_000);

  it('fails a 20 MB page of unclosed titles clearly: all of it is the title, as in a browser', async () => {
    const error = await importFailure({ bytes: encode(`${fill('<title>')}<p>After the titles.</p>`), fileName: 'titles.html' });
    expect(error.code).toBe('IMPORT_EMPTY');
  }, 60_000);

  it(`imports a page of ${(MAX_HTML_ELEMENTS / 2).toLocaleString('en')} elements (too many for Readability: imported whole)`, async () => {
    const result = await importDocument({ bytes: page(`<p>${TEXT}</p>`.repeat(MAX_HTML_ELEMENTS / 2)), fileName: 'many.html' });
    expect(result.doc.content).toHaveLength(MAX_HTML_ELEMENTS / 2);
  }, 120_000);

  it.each([
    ['a list item', (paragraphs: string) => `<ul><li>a</li><li><ul><li>b</li></ul>${paragraphs}</li></ul>`],
    ['a table caption', (paragraphs: string) => `<table><caption>${paragraphs}</caption><tr><td>c</td></tr></table>`],
  ])('imports %s holding 140,000 paragraphs (once a stack overflow)', async (_, markup) => {
    const result = await importChecked({ content: markup('<p>x</p>'.repeat(140_000)) });
    expect(result.text.length).toBeGreaterThan(400_000);
  }, 120_000);

  it('pads a table of 200,000 rows', () => {
    const rows = Array.from({ length: 200_000 }, () => ({ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph' }] }] }));
    expect(padTableRows(rows)).toHaveLength(200_000);
  });
});
