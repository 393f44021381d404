import { describe, expect, it } from 'vitest';
import { buildTextPdf } from './build-text-pdf.js';
import { DEFAULT_IMPORT_LIMITS } from './import-limits.js';
import { importChecked, importFailure } from './import-test-helpers.js';

const pdfOf = (pages: number): Uint8Array => buildTextPdf({ pages: Array.from({ length: pages }, (_, index) => [`Page ${index + 1} of a generated report.`]) });

describe('importDocument: PDF limits', () => {
  it(`refuses a PDF of 100,000 pages before reading a page, naming the limit of ${DEFAULT_IMPORT_LIMITS.maxPdfPages.toLocaleString('en')}`, async () => {
    const progress: number[] = [];
    const error = await importFailure({ bytes: pdfOf(100_000), fileName: 'huge.pdf' }, { onProgress: ({ done }) => progress.push(done) });
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toBe('Cannot import the file "huge.pdf": it has 100,000 pages, more than the limit of 5,000 pages a PDF may have. Save the pages you need as a smaller PDF, or raise the limit ("Largest PDF to import", in the settings).');
    expect(progress).toEqual([]);
  }, 120_000);

  it('takes the page limit from the options', async () => {
    const bytes = pdfOf(12);
    const error = await importFailure({ bytes, fileName: 'twelve.pdf' }, { limits: { maxPdfPages: 11 } });
    expect(error.message).toContain('it has 12 pages, more than the limit of 11 pages');
    expect((await importChecked({ bytes, fileName: 'twelve.pdf' }, { limits: { maxPdfPages: 12 } })).pageStarts).toHaveLength(12);
  });

  it('stops a PDF that takes longer than the time limit, saying where it was', async () => {
    const error = await importFailure({ bytes: pdfOf(50), fileName: 'slow.pdf' }, { limits: { timeLimitMs: 0 } });
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toMatch(/^Cannot import the file "slow\.pdf": reading it took longer than the limit of 0 s \(page 1 of 50\)/);
  });
});
