import { ApiError } from '../api/api-error.js';
import { HIGHLIGHT_LIMITS } from '../model/highlight-limits.js';
import { uniqueTags } from '../rules/unique-tags.js';

/**
 * A highlight's tags as they are stored: uniqueTags (core/rules), each written as the library
 * already writes it (`canonicalName` gets the tag key and returns the library's spelling).
 *
 * Every path that sets tags comes through here, so the limits are enforced here: at most
 * HIGHLIGHT_LIMITS.tags tags of HIGHLIGHT_LIMITS.tagLength characters, else INVALID_ARGUMENT (the
 * callers change nothing then). `before`, the highlight's tags before the change, lets one stored
 * before the limits existed shed tags without first meeting them.
 */
export function normalizeTags(tags: readonly string[], canonicalName: (lowerCaseName: string) => string | undefined, before: readonly string[] = []): string[] {
  const result = uniqueTags(tags, canonicalName);
  for (const name of result) {
    if (name.length > HIGHLIGHT_LIMITS.tagLength && !before.includes(name)) {
      throw new ApiError('INVALID_ARGUMENT', `The tag "${name.slice(0, 60)}…" would be ${name.length} characters long; a tag has at most ${HIGHLIGHT_LIMITS.tagLength}. Nothing was changed.`);
    }
  }
  if (result.length > HIGHLIGHT_LIMITS.tags && result.length > before.length) {
    throw new ApiError('INVALID_ARGUMENT', `A highlight can have at most ${HIGHLIGHT_LIMITS.tags} tags; this would give one ${result.length}. Nothing was changed.`);
  }
  return result;
}
