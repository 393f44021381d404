import type { Tag } from '../model/tag.js';
import { tagKey } from '../rules/tag-key.js';

// One collator for every comparison: String.prototype.localeCompare builds its rules per call,
// which made sorting 5,000 tags take tens of milliseconds.
const collator = new Intl.Collator();

// Lower-casing with a locale goes through ICU and was most of an autocomplete among 5,000 tags; a
// library has a few thousand names, so remembering each one's key is cheap.
const keys = new Map<string, string>();
const MAX_REMEMBERED_KEYS = 100_000;

function keyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= MAX_REMEMBERED_KEYS) keys.clear();
    key = tagKey(name);
    keys.set(name, key);
  }
  return key;
}

/** Tags whose name starts with `prefix` (ignoring case), most used first, then by name, at most `limit`. */
export function selectTags(tags: Iterable<Tag>, prefix = '', limit = Number.POSITIVE_INFINITY): Tag[] {
  const wanted = tagKey(prefix);
  if (!Number.isFinite(limit)) {
    const all = [...tags].map((tag) => ({ tag, key: keyOf(tag.name) })).filter(({ key }) => key.startsWith(wanted));
    return all.sort(compare).map(({ tag }) => ({ name: tag.name, count: tag.count }));
  }
  const best: { tag: Tag; key: string }[] = [];
  for (const tag of tags) {
    const key = keyOf(tag.name);
    if (!key.startsWith(wanted)) continue;
    const candidate = { tag, key };
    // Only the best `limit` are kept, in order: autocomplete asks for a few among thousands.
    if (best.length >= limit && compare(candidate, best[best.length - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(best[middle]!, candidate) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ tag }) => ({ name: tag.name, count: tag.count }));
}

function compare(a: { tag: Tag; key: string }, b: { tag: Tag; key: string }): number {
  if (a.tag.count !== b.tag.count) return b.tag.count - a.tag.count;
  // Case-insensitive first so "apple" and "Banana" sort as a person expects; then a stable tie-break.
  const byKey = collator.compare(a.key, b.key);
  return byKey !== 0 ? byKey : a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0;
}
