import type { AnchorStatus } from '../model/article-version.js';
import type { HighlightTarget } from '../model/highlight.js';

/**
 * How a highlight fared in a new version of its text, from its selectors before and after it was
 * anchored again there (after: null when it could not be placed).
 */
export function anchorStatus(before: HighlightTarget, after: HighlightTarget | null): AnchorStatus {
  if (after === null) return 'gone';
  if (after.quote.exact !== before.quote.exact) return 'changed';
  const same = after.position.start === before.position.start && after.position.end === before.position.end;
  return same ? 'kept' : 'moved';
}
