import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTextPdf } from '../import/build-text-pdf.js';
import { openLibrary, type LibraryService } from './library-service.js';

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-budget-'));
  library = await openLibrary(folder);
});

afterEach(async () => {
  await library.close();
  await fs.rm(folder, { recursive: true, force: true });
});

const twelvePages = Buffer.from(buildTextPdf({ pages: Array.from({ length: 12 }, (_, index) => [`Page ${index + 1} of a short report.`]) })).toString('base64');

describe('the largest PDF to import, a library setting', () => {
  it('is applied to imports, and kept in settings.json across openings', async () => {
    expect((await library.updateSettings({ maxPdfPages: 11 })).maxPdfPages).toBe(11);
    await expect(library.importArticle({ fileBase64: twelvePages, fileName: 'twelve.pdf' })).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringContaining('it has 12 pages, more than the limit of 11 pages') });

    await library.close();
    library = await openLibrary(folder);
    expect((await library.getSettings({})).maxPdfPages).toBe(11);
    await library.updateSettings({ maxPdfPages: 12 });
    expect((await library.importArticle({ fileBase64: twelvePages, fileName: 'twelve.pdf' })).title).toBe('Page 1 of a short report.');
  });
});
