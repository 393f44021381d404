import type { Tag } from '../model/tag.js';
import { tagKey } from './tag-key.js';

/** Tags whose name starts with `prefix` (ignoring case), most used first, then by name, at most `limit`. */
export function selectTags(tags: Iterable<Tag>, prefix = '', limit = Number.POSITIVE_INFINITY): Tag[] {
  const wanted = tagKey(prefix);
  const matches = [...tags].filter((tag) => tagKey(tag.name).startsWith(wanted));
  matches.sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
  return matches.slice(0, limit).map((tag) => ({ name: tag.name, count: tag.count }));
}

function compareNames(a: string, b: string): number {
  // Case-insensitive first so "apple" and "Banana" sort as a person expects; then a stable tie-break.
  const byKey = tagKey(a).localeCompare(tagKey(b));
  return byKey !== 0 ? byKey : a < b ? -1 : a > b ? 1 : 0;
}
