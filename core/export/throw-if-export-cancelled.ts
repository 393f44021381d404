import { ApiError } from '../api/api-error.js';
import type { CancelSignal } from '../model/export-progress.js';

/** Stops an export the user cancelled, with the CANCELLED code the UI treats as no failure. */
export function throwIfExportCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new ApiError('CANCELLED', 'The export was cancelled; nothing more was written.');
}
