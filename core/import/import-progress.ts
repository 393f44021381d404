import type { ImportLimits } from './import-limits.js';

/** How far an import is: units done of a total (pages of a PDF). */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Options of an import that are not part of its source: progress reports, cancellation, limits. */
export interface ImportOptions {
  /** Called as work advances (after each page of a PDF). */
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting it stops the import with IMPORT_CANCELLED at the next page or chunk. */
  signal?: AbortSignal;
  /** Limits other than the defaults (DEFAULT_IMPORT_LIMITS). */
  limits?: Partial<ImportLimits>;
}
