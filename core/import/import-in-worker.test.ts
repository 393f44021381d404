import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTextPdf } from './build-text-pdf.js';
import { importInWorker } from './import-in-worker.js';
import type { ImportProgress } from './import-progress.js';

let folder: string;
let workerScript: string;

beforeAll(async () => {
  // The worker needs JavaScript: bundle its entry as scripts/build.mjs does, into a temporary folder.
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rn-worker-'));
  workerScript = path.join(folder, 'import-worker.mjs');
  await build({ entryPoints: [path.resolve(import.meta.dirname, 'import-worker-entry.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', absWorkingDir: path.resolve(import.meta.dirname, '../..') });
  // Bundled outside the repository, bare imports must still find node_modules.
  fs.symlinkSync(path.resolve(import.meta.dirname, '../../node_modules'), path.join(folder, 'node_modules'));
}, 60_000);

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('importInWorker', () => {
  it('imports a PDF in a worker thread, reporting progress per page', async () => {
    const progress: ImportProgress[] = [];
    const bytes = buildTextPdf({ pages: Array.from({ length: 12 }, (_, index) => [`Page ${index + 1} has a line of text.`]) });
    const result = await importInWorker({ bytes, fileName: 'twelve.pdf' }, { workerScript, onProgress: (step) => progress.push(step) });
    expect(result.pageStarts).toHaveLength(12);
    expect(result.text).toContain('Page 12 has a line of text.');
    expect(progress.map(({ done }) => done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(result.original!.bytes).toBeInstanceOf(Uint8Array);
  });

  it('carries an import error across as an ApiError with its code', async () => {
    const error = await importInWorker({ bytes: new Uint8Array(), fileName: 'empty.txt' }, { workerScript }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: 'ApiError', code: 'IMPORT_EMPTY' });
  });

  it('cancels by ending the worker', async () => {
    const controller = new AbortController();
    const bytes = buildTextPdf({ pages: Array.from({ length: 400 }, (_, index) => [`Page ${index + 1}`]) });
    const pending = importInWorker({ bytes, fileName: 'long.pdf' }, { workerScript, signal: controller.signal, onProgress: ({ done }) => done === 5 && controller.abort() });
    await expect(pending).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
  });

  it('ends a worker that outlasts the time limit', async () => {
    const bytes = buildTextPdf({ pages: Array.from({ length: 2_000 }, (_, index) => [`Page ${index + 1}`]) });
    const error = await importInWorker({ bytes, fileName: 'slow.pdf' }, { workerScript, limits: { timeLimitMs: 300 } }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect((error as Error).message).toMatch(/^Cannot import the file "slow\.pdf": reading it took longer than the limit of 0\.3 s/);
  });

  it('passes the page limit to the worker', async () => {
    const bytes = buildTextPdf({ pages: Array.from({ length: 12 }, (_, index) => [`Page ${index + 1}`]) });
    const error = await importInWorker({ bytes, fileName: 'twelve.pdf' }, { workerScript, limits: { maxPdfPages: 10 } }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect((error as Error).message).toContain('more than the limit of 10 pages');
  });

  it('imports in this thread when there is no worker bundle', async () => {
    const result = await importInWorker({ content: 'Title\n\nBody text.' });
    expect(result.text).toBe('Body text.');
  });
});
