import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../api/dispatch-api-call.js';
import { buildTextPdf } from '../import/build-text-pdf.js';
import { openLibrary, type LibraryService } from './library-service.js';

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-cancel-'));
  library = await openLibrary(folder);
});

afterEach(async () => {
  await library.close();
  await fs.rm(folder, { recursive: true, force: true });
});

/** A PDF that takes seconds to read (a page at a time, so a cancel is seen between pages). */
const slowPdf = (): string => Buffer.from(buildTextPdf({ pages: Array.from({ length: 400 }, (_, index) => [`Page ${index + 1} of a slow report.`]) })).toString('base64');

describe('cancelImport', () => {
  it('stops an import under way by its id: the call fails as cancelled and nothing is stored', async () => {
    const pending = dispatchApiCall(library, 'importArticle', { fileBase64: slowPdf(), fileName: 'slow.pdf', importId: 'import-1' });
    const cancel = await dispatchApiCall(library, 'cancelImport', { importId: 'import-1' });
    expect(cancel).toEqual({ ok: true, value: { cancelled: true } });
    expect(await pending).toEqual({ ok: false, error: { code: 'IMPORT_CANCELLED', message: 'The import of the file "slow.pdf" was cancelled.' } });
    expect(await library.listArticles({})).toEqual([]);
    expect(await fs.readdir(path.join(folder, 'articles'))).toEqual([]);
  });

  it('refuses an import whose cancel arrived first (a cancel can overtake its import)', async () => {
    expect(await library.cancelImport({ importId: 'import-2' })).toEqual({ cancelled: false });
    await expect(library.importArticle({ content: 'Title\n\nBody text.', importId: 'import-2' })).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
    // Refused once: the id can be used again.
    expect((await library.importArticle({ content: 'Title\n\nBody text.', importId: 'import-2' })).title).toBe('Title');
  });

  it('answers false for an import that has finished, which stays imported', async () => {
    await library.importArticle({ content: 'Title\n\nBody text.', importId: 'import-3' });
    expect(await library.cancelImport({ importId: 'import-3' })).toEqual({ cancelled: false });
    expect(await library.listArticles({})).toHaveLength(1);
  });

  it('refuses two imports under way with one id', async () => {
    const first = library.importArticle({ fileBase64: slowPdf(), fileName: 'slow.pdf', importId: 'import-4' });
    await expect(library.importArticle({ content: 'Other', importId: 'import-4' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await library.cancelImport({ importId: 'import-4' });
    await expect(first).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
  });
});
