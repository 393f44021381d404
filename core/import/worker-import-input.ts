import type { ImportInput } from './imported-document.js';

/**
 * An ImportInput that can cross to a worker thread: plain data only, with the folder of a saved
 * page instead of its readResource function (the worker builds the reader, confined to that folder).
 */
export type WorkerImportInput = Omit<ImportInput, 'readResource'> & { resourceFolder?: string };
