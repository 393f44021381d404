import { normalizeTags } from './normalize-tags.js';
import type { TagEdit } from './tag-edit.js';

/**
 * A highlight's tags after an edit, stored as tags always are (trimmed, no duplicates ignoring
 * case, in the library's spelling per `canonicalName`); null when nothing changes, so untouched
 * highlights are not rewritten.
 */
export function applyTagEdit(tags: readonly string[], edit: TagEdit, canonicalName: (key: string) => string | undefined): string[] | null {
  const edited = tags.map(edit).filter((name): name is string => name !== null);
  const after = normalizeTags(edited, canonicalName, tags);
  const unchanged = after.length === tags.length && after.every((name, position) => name === tags[position]);
  return unchanged ? null : after;
}
