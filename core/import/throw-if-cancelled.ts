import { ApiError } from '../api/api-error.js';

/** Stops an import with IMPORT_CANCELLED once its signal is aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined, subject: string): void {
  if (signal?.aborted) throw new ApiError('IMPORT_CANCELLED', `The import of ${subject} was cancelled.`);
}
