import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx } from './import-docx.js';
import { FIXTURES, importChecked, importFailure } from './import-test-helpers.js';

const DOCX = path.join(FIXTURES, 'documents', 'docx');
const read = (name: string): Uint8Array => fs.readFileSync(path.join(DOCX, name));

describe('importDocument: Word documents', () => {
  it.each([
    ['single-paragraph.docx', 'Walking on imported air', ['paragraph']],
    ['simple-list.docx', 'Apple\n\nBanana', ['bulletList']],
    ['tables.docx', 'Above\n\nTop left\n\nTop right\n\nBottom left\n\nBottom right\n\nBelow', ['paragraph', 'table', 'paragraph']],
    ['strikethrough.docx', "Today's Special: Salmon Sold out", ['paragraph']],
    ['underline.docx', 'The Sunset Tree', ['paragraph']],
    ['utf8-bom.docx', 'This XML has a byte order mark.', ['paragraph']],
    ['strict-format.docx', 'Test', ['paragraph']],
    ['text-box.docx', 'Datum plane', ['paragraph']],
    ['comments.docx', 'Ouch.', ['paragraph']],
  ])('reads %s', async (name, text, blockTypes) => {
    const result = await importChecked({ bytes: read(name), fileName: name });
    expect(result.text).toBe(text);
    expect(result.doc.content!.map((block) => block.type)).toEqual(blockTypes);
    expect(result.format).toBe('docx');
    expect(result.original?.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('keeps footnotes and endnotes as text after the body', async () => {
    for (const name of ['footnotes.docx', 'endnotes.docx']) {
      const result = await importChecked({ bytes: read(name), fileName: name });
      expect(result.text).toContain('Ouch');
      expect(result.text).toContain('A tachyon walks into a bar.');
    }
  });

  it('marks struck-through and underlined runs', async () => {
    const marks = async (name: string): Promise<string[]> => {
      const result = await importChecked({ bytes: read(name), fileName: name });
      return result.doc.content!.flatMap((block) => block.content ?? []).flatMap((node) => (node.marks ?? []).map((mark) => mark.type));
    };
    expect(await marks('strikethrough.docx')).toContain('strike');
    expect(await marks('underline.docx')).toContain('underline');
  });

  it('embeds a picture stored in the file as a data: URL', async () => {
    const { doc } = await importDocx(read('tiny-picture.docx'), 'the file "tiny-picture.docx"');
    const image = doc.content!.find((block) => block.type === 'image');
    expect(String(image?.attrs?.['src'])).toMatch(/^data:image\/png;base64,/);
  });

  it.each([
    ['empty.docx', 'IMPORT_EMPTY', /"empty\.docx".*no readable text/],
    // Its only content is a picture it links to on disk, which is never read.
    ['external-picture.docx', 'IMPORT_EMPTY', /"external-picture\.docx"/],
    ['tiny-picture.docx', 'IMPORT_EMPTY', /"tiny-picture\.docx"/],
  ])('fails %s with %s', async (name, code, message) => {
    const error = await importFailure({ bytes: read(name), fileName: name });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('fails a damaged file with IMPORT_FAILED naming it', async () => {
    const bytes = read('tables.docx').slice(0, 2000);
    const error = await importFailure({ bytes, fileName: 'cut.docx' });
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toMatch(/"cut\.docx"/);
  });
});
