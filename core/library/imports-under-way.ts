import { ApiError } from '../api/api-error.js';

/** Ids of imports cancelled before they arrived, remembered so that they are refused when they do. */
const REMEMBERED_EARLY_CANCELS = 1_000;

/**
 * The imports under way that cancelImport can stop, by the id their caller made up. A cancel may
 * overtake its import (over HTTP the import's body, megabytes of base64, is still being read), so
 * an unknown id is remembered and its import refused when it arrives.
 */
export class ImportsUnderWay {
  private readonly running = new Map<string, AbortController>();
  private readonly cancelledEarly = new Set<string>();

  /**
   * Registers the import `importId`: its signal aborts on cancel, and `end` must be called when it
   * settles. Throws IMPORT_CANCELLED when it was cancelled before it arrived, INVALID_ARGUMENT when
   * an import with that id is already under way.
   */
  begin(importId: string, subject: string): { signal: AbortSignal; end(): void } {
    if (this.cancelledEarly.delete(importId)) throw new ApiError('IMPORT_CANCELLED', `The import of ${subject} was cancelled.`);
    if (this.running.has(importId)) throw new ApiError('INVALID_ARGUMENT', `An import with id ${importId} is already under way; give each import its own id.`);
    const controller = new AbortController();
    this.running.set(importId, controller);
    return { signal: controller.signal, end: () => void this.running.delete(importId) };
  }

  /** Stops the import `importId`; false when none is under way (then it is refused if it arrives later). */
  cancel(importId: string): boolean {
    const controller = this.running.get(importId);
    if (controller !== undefined) {
      controller.abort();
      this.running.delete(importId);
      return true;
    }
    this.cancelledEarly.add(importId);
    if (this.cancelledEarly.size > REMEMBERED_EARLY_CANCELS) this.cancelledEarly.delete(this.cancelledEarly.values().next().value!);
    return false;
  }
}
