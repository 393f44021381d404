import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../api/api-error.js';
import { importDocument } from './import-document.js';
import { resolveImportLimits } from './import-limits.js';
import type { ImportOptions, ImportProgress } from './import-progress.js';
import type { ImportedDocument } from './imported-document.js';
import { resourceReaderFor } from './resource-reader-for.js';
import type { WorkerImportInput } from './worker-import-input.js';

/**
 * Heap a worker may use (MB). A 20 MB page needs about 500 MB; a hostile file that needs more
 * ends its worker (reported as IMPORT_TOO_LARGE), not the process serving the UI.
 */
export const WORKER_HEAP_MB = 1536;

/** Options of importInWorker: progress, cancellation, and where the worker bundle is. */
export interface ImportInWorkerOptions extends ImportOptions {
  /** The bundled worker (dist/import-worker.mjs); found next to the running bundle when omitted. */
  workerScript?: string | URL;
}

/**
 * Runs importDocument in a worker thread, so a large page or PDF never blocks the thread serving
 * the UI; reports progress (pages of a PDF) and cancels by ending the worker at once. The worker
 * is also ended when the import outlasts its time limit (IMPORT_TOO_LARGE), whatever it is stuck
 * in. Without the worker bundle (unit tests run from source) it imports in this thread instead.
 */
export async function importInWorker(input: WorkerImportInput, options: ImportInWorkerOptions = {}): Promise<ImportedDocument> {
  const script = options.workerScript ?? findWorkerScript();
  if (script === null) {
    const { resourceFolder, ...rest } = input;
    return importDocument(resourceFolder === undefined ? rest : { ...rest, readResource: resourceReaderFor(resourceFolder) }, options);
  }
  const subject = input.fileName ? `the file "${input.fileName}"` : input.url ? `the page ${input.url}` : 'the pasted text';
  if (options.signal?.aborted) throw new ApiError('IMPORT_CANCELLED', `The import of ${subject} was cancelled.`);
  const limits = resolveImportLimits(options.limits);
  const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  return new Promise<ImportedDocument>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
      void worker.terminate();
      outcome();
    };
    const cancel = (): void => settle(() => reject(new ApiError('IMPORT_CANCELLED', `The import of ${subject} was cancelled.`)));
    options.signal?.addEventListener('abort', cancel, { once: true });
    const timer = setTimeout(() => settle(() => reject(new ApiError('IMPORT_TOO_LARGE', `Cannot import ${subject}: reading it took longer than the limit of ${limits.timeLimitMs / 1000} s. Save the part you need as a smaller file.`))), limits.timeLimitMs);
    worker.on('message', (message: { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportedDocument } | { type: 'error'; error: unknown }) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'result') settle(() => resolve(message.result));
      else settle(() => reject(ApiError.fromData(message.error)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(() =>
        reject(
          outOfMemory
            ? new ApiError('IMPORT_TOO_LARGE', `Cannot import ${subject}: it needs more than ${WORKER_HEAP_MB} MB of memory to read.`, { cause: error })
            : new ApiError('IMPORT_FAILED', `Could not import ${subject}: ${error.message}`, { cause: error }),
        ),
      );
    });
    worker.on('exit', (code) => settle(() => reject(new ApiError('IMPORT_FAILED', `Could not import ${subject}: the import stopped unexpectedly (exit code ${code}).`))));
    worker.postMessage({ input, limits });
  });
}

/** dist/import-worker.mjs, seen from a bundle in dist/cli or dist/electron; null when running from the sources. */
function findWorkerScript(): URL | null {
  for (const candidate of ['../import-worker.mjs', './import-worker.mjs']) {
    const url = new URL(candidate, import.meta.url);
    if (fs.existsSync(fileURLToPath(url))) return url;
  }
  return null;
}
