import { ApiError } from '../api/api-error.js';
import { HIGHLIGHT_LIMITS } from '../model/highlight-limits.js';

/** Refuses (INVALID_ARGUMENT) a note longer than a note may be: a rich note's text is checked here, as the contract cannot see it. */
export function assertNoteFits(note: string | null): void {
  if (note !== null && note.length > HIGHLIGHT_LIMITS.noteLength) {
    throw new ApiError('INVALID_ARGUMENT', `The note would be ${note.length.toLocaleString('en')} characters long; a note has at most ${HIGHLIGHT_LIMITS.noteLength.toLocaleString('en')}. Nothing was changed.`);
  }
}
