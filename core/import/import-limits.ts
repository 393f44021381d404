import { DEFAULT_MAX_PDF_PAGES } from '../model/library-settings.js';

/** Limits of one import that a library may change (core/library passes its settings). */
export interface ImportLimits {
  /** Most pages a PDF may have; a longer one fails with IMPORT_TOO_LARGE before any page is read. */
  maxPdfPages: number;
  /** Longest an import may take (ms): then it fails with IMPORT_TOO_LARGE (its worker is ended). */
  timeLimitMs: number;
}

/**
 * The limits when a library does not say. A report-like PDF reads at about 200 pages a second;
 * 5,000 pages is a long book, and a 100,000-page file (16 MB) ran for more than ten minutes and
 * took 3.6 GB. Two minutes is far more than any of the test sources needs.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxPdfPages: DEFAULT_MAX_PDF_PAGES, timeLimitMs: 120_000 };

/** The limits to apply: those given, the defaults for the rest. */
export function resolveImportLimits(limits: Partial<ImportLimits> = {}): ImportLimits {
  return {
    maxPdfPages: limits.maxPdfPages ?? DEFAULT_IMPORT_LIMITS.maxPdfPages,
    timeLimitMs: limits.timeLimitMs ?? DEFAULT_IMPORT_LIMITS.timeLimitMs,
  };
}
