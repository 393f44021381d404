import { describe, expect, it } from 'vitest';
import { docToText } from '../document/doc-text.js';
import { importPlainText } from './import-plain-text.js';

describe('importPlainText', () => {
  it('takes the first non-empty line as the title and splits paragraphs at blank lines', () => {
    const { title, doc } = importPlainText('\n\n  Headline  \n\nFirst paragraph.\n\n\n\nSecond paragraph.\n');
    expect(title).toBe('Headline');
    expect(doc.content!.map((node) => node.content![0]!.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('normalises CRLF and CR line ends and joins wrapped lines with spaces', () => {
    const { doc } = importPlainText('Title\r\n\r\nA wrapped\r\nparagraph\rwith three lines.\r\n \t \r\nNext one.');
    expect(docToText(doc)).toBe('A wrapped paragraph with three lines.\n\nNext one.');
  });

  it('starts the body right after the title line even without a blank line', () => {
    const { title, doc } = importPlainText('Title\nBody line.\n\nMore.');
    expect(title).toBe('Title');
    expect(docToText(doc)).toBe('Body line.\n\nMore.');
  });

  it('keeps every character: typographic quotes, non-breaking spaces, tabs, emoji, scripts', () => {
    const paragraph = '“Quoted,” he said — it’s 5\u00a0km\tfrom Երևան; 😭 <b>not markup</b> &amp;';
    const { doc } = importPlainText(`Title\n\n${paragraph}`);
    expect(docToText(doc)).toBe(paragraph);
  });

  it('makes captions of caption lines only when they stand alone', () => {
    const caption = 'Czech Republic - The leaders of Armenia, Azerbaijan, France and the EU meet in Prague, October 6, 2022.';
    const { doc } = importPlainText(`Title\n\n${caption}\n\n${caption}\ncontinued on a second line.`);
    expect(doc.content!.map((node) => node.type)).toEqual(['caption', 'paragraph']);
  });

  it('uses a lone line as both title and body', () => {
    const { title, doc } = importPlainText('  Just one pasted sentence.  ');
    expect(title).toBe('Just one pasted sentence.');
    expect(docToText(doc)).toBe('Just one pasted sentence.');
  });

  it('gives an empty document for blank text', () => {
    expect(importPlainText(' \n\t\n')).toEqual({ title: null, doc: { type: 'doc', content: [] } });
  });
});
