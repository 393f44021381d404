import type { WorkerImportInput } from '../../core/import/worker-import-input.js';

/** One thing `research-notes import` imports: a file or a URL, named as the user named it. */
export interface ImportTarget {
  /** How result lines name it: the path or URL as given (a folder's files as folder/name). */
  label: string;
  /** Reads it into an importer input (a file's bytes are read here, not in the worker). */
  input(): Promise<WorkerImportInput>;
}
