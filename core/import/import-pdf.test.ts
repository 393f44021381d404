import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAtOffset } from '../document/page-at-offset.js';
import { buildTextPdf } from './build-text-pdf.js';
import type { ImportProgress } from './import-progress.js';
import { FIXTURES, importChecked, importFailure } from './import-test-helpers.js';

const PDF = path.join(FIXTURES, 'documents', 'pdf');
const read = (name: string): Uint8Array => fs.readFileSync(path.join(PDF, name));

describe('importDocument: PDF', () => {
  it('rebuilds the two paragraphs of two_paragraphs.pdf', async () => {
    const result = await importChecked({ bytes: read('two_paragraphs.pdf'), fileName: 'two_paragraphs.pdf' });
    expect(result.text).toBe('The first paragraph.\n\nThe second paragraph.');
    expect(result.format).toBe('pdf');
    expect(result.pageStarts).toEqual([0]);
  });

  it('keeps where each page starts, so a highlight can be cited by page', async () => {
    const result = await importChecked({ bytes: read('three_pages_with_number.pdf'), fileName: 'three.pdf' });
    expect(result.text).toBe('1\n\n2\n\n3');
    expect(result.pageStarts).toEqual([0, 3, 6]);
    expect([0, 3, 6].map((offset) => pageAtOffset(result.pageStarts, offset))).toEqual([1, 2, 3]);
  });

  it('reads a research paper: title heading, joined hyphenation, many pages', async () => {
    const result = await importChecked({ bytes: read('tracemonkey.pdf'), fileName: 'tracemonkey.pdf' });
    expect(result.title).toBe('Trace-based Just-in-Time Type Specialization for Dynamic Languages');
    expect(result.doc.content![0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
    expect(result.pageStarts).toHaveLength(14);
    expect(result.text).toContain('Dynamic languages such as JavaScript are more difficult to com');
    const page = pageAtOffset(result.pageStarts, result.text.indexOf('Acknowledgments'));
    expect(page).toBeGreaterThan(10);
    // No word split by a line-end hyphen is left behind (e.g. "com- piled").
    expect(result.text).not.toMatch(/\p{Ll}- \p{Ll}/u);
  });

  it('uses the document title from the metadata and reports progress per page', async () => {
    const progress: ImportProgress[] = [];
    const result = await importChecked({ bytes: read('TAMReview.pdf'), fileName: 'TAMReview.pdf' }, { onProgress: (step) => progress.push(step) });
    expect(result.title).toBe('Overview of the Technology Acceptance Model: Origins, Developments and Future Directions');
    expect(progress.at(-1)).toEqual({ done: 23, total: 23 });
    expect(progress).toHaveLength(23);
  });

  it('spells out ligatures as plain letters', async () => {
    const result = await importChecked({ bytes: read('copy_paste_ligatures.pdf'), fileName: 'ligatures.pdf' });
    expect(result.text).toBe('abcdeffffiflffifflststghijklmno');
    expect(result.text).not.toMatch(/[\ufb00-\ufb06\u017f]/);
  });

  it('reads right-to-left Arabic as letters, not presentation forms', async () => {
    const result = await importChecked({ bytes: read('ArabicCIDTrueType.pdf'), fileName: 'arabic.pdf' });
    expect(result.dir).toBe('rtl');
    expect(result.text).toContain('العربية');
    expect(result.text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/);
  });

  it('imports the text of a PDF with JavaScript and runs none of it', async () => {
    const before = Object.keys(globalThis).sort();
    const result = await importChecked({ bytes: read('js-buttons.pdf'), fileName: 'js-buttons.pdf' });
    expect(result.text).toContain('Checkboxes');
    expect(Object.keys(globalThis).sort()).toEqual(before);
  });

  it.each([
    ['empty.pdf', 'IMPORT_EMPTY', /"empty\.pdf".*no text layer/],
    ['scan-bad.pdf', 'IMPORT_EMPTY', /"scan-bad\.pdf".*no text layer/],
    // Encrypted with an empty user password: it opens, and its one page is blank.
    ['empty_protected.pdf', 'IMPORT_EMPTY', /"empty_protected\.pdf".*no text layer/],
    ['poppler-395-0-fuzzed.pdf', 'IMPORT_FAILED', /"poppler-395-0-fuzzed\.pdf".*not a readable PDF/],
    // pdf.js repairs its broken cross-reference table and finds one blank page.
    ['GHOSTSCRIPT-698804-1-fuzzed.pdf', 'IMPORT_EMPTY', /"GHOSTSCRIPT-698804-1-fuzzed\.pdf"/],
  ])('fails %s with %s', async (name, code, message) => {
    const error = await importFailure({ bytes: read(name), fileName: name });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('says a password-protected PDF is encrypted', async () => {
    const bytes = buildTextPdf({ pages: [['Secret text']], userPassword: 'secret' });
    const error = await importFailure({ bytes, fileName: 'locked.pdf' });
    expect(error.code).toBe('IMPORT_ENCRYPTED');
    expect(error.message).toMatch(/"locked\.pdf".*encrypted.*password/);
  });

  it('reads a generated PDF, its title and its pages', async () => {
    const bytes = buildTextPdf({ title: 'Generated report', pages: [['First page line one', 'line two'], [], ['Third page']] });
    const result = await importChecked({ bytes, fileName: 'generated.pdf' });
    expect(result.title).toBe('Generated report');
    expect(result.text).toBe('First page line one line two\n\nThird page');
    // The empty second page starts where the third does.
    expect(result.pageStarts).toEqual([0, 30, 30]);
    expect(pageAtOffset(result.pageStarts, 30)).toBe(3);
  });

  it('stops with IMPORT_CANCELLED when cancelled', async () => {
    const controller = new AbortController();
    const bytes = buildTextPdf({ pages: Array.from({ length: 20 }, (_, index) => [`Page ${index + 1} text`]) });
    const error = await importFailure({ bytes, fileName: 'long.pdf' }, { signal: controller.signal, onProgress: ({ done }) => done === 3 && controller.abort() });
    expect(error.code).toBe('IMPORT_CANCELLED');
  });

  it('is detected by its signature without an extension, and a fake .pdf fails clearly', async () => {
    const result = await importChecked({ bytes: read('two_paragraphs.pdf'), fileName: 'download' });
    expect(result.format).toBe('pdf');
    const error = await importFailure({ bytes: new TextEncoder().encode('not a pdf at all'), fileName: 'fake.pdf' });
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toMatch(/"fake\.pdf".*not a PDF/);
  });
});
