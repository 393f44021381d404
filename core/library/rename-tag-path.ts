import { tagKey } from '../rules/tag-key.js';

/**
 * A tag name after renaming `from` to `to`: the tag itself becomes `to`, a child
 * ("Actors/CSTO" when renaming "Actors") keeps its own tail under `to`; any other name is
 * returned unchanged. The match ignores case, as tag names do.
 */
export function renameTagPath(name: string, from: string, to: string): string {
  const key = tagKey(name);
  const fromKey = tagKey(from);
  if (key === fromKey) return to.trim();
  if (key.startsWith(`${fromKey}/`)) return `${to.trim()}${name.trim().slice(from.trim().length)}`;
  return name;
}
