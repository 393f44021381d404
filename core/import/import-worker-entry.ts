import { parentPort } from 'node:worker_threads';
import { ApiError, messageOf } from '../api/api-error.js';
import { importDocument } from './import-document.js';
import type { ImportInput } from './imported-document.js';
import type { ImportLimits } from './import-limits.js';
import { resourceReaderFor } from './resource-reader-for.js';
import type { WorkerImportInput } from './worker-import-input.js';

/*
 * The worker thread's side of import-in-worker.ts (bundled as dist/import-worker.mjs): one import
 * per message, answered with progress messages and then the result or the error as data.
 */
parentPort?.on('message', (message: { input: WorkerImportInput; limits: ImportLimits }) => {
  const { resourceFolder, ...rest } = message.input;
  const input: ImportInput = resourceFolder === undefined ? rest : { ...rest, readResource: resourceReaderFor(resourceFolder) };
  importDocument(input, { limits: message.limits, onProgress: (progress) => parentPort?.postMessage({ type: 'progress', progress }) }).then(
    (result) => {
      const transfer = result.original ? [result.original.bytes.buffer as ArrayBuffer] : [];
      parentPort?.postMessage({ type: 'result', result }, transfer);
    },
    (error: unknown) => {
      const data = error instanceof ApiError ? error.toJSON() : { code: 'IMPORT_FAILED', message: `Could not import: ${messageOf(error)}` };
      parentPort?.postMessage({ type: 'error', error: data });
    },
  );
});
