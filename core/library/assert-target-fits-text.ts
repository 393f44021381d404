import { ApiError } from '../api/api-error.js';
import type { HighlightTarget } from '../model/highlight.js';

/**
 * Refuses a highlight whose position does not select exactly its quote in the article's text:
 * a highlight that does not fit its own article would anchor to the wrong words.
 */
export function assertTargetFitsText(target: HighlightTarget, text: string): void {
  const { start, end } = target.position;
  if (!(start >= 0 && start < end && end <= text.length)) {
    throw new ApiError(
      'INVALID_ARGUMENT',
      `The highlight's position ${start}-${end} is not a non-empty range inside the article's text (length ${text.length}).`,
    );
  }
  if (text.slice(start, end) !== target.quote.exact) {
    throw new ApiError(
      'INVALID_ARGUMENT',
      `The highlight's quote does not match the article's text at ${start}-${end}; the article may have changed. Select the text again.`,
    );
  }
}
