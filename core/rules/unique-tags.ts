import { tagKey } from './tag-key.js';

/**
 * Tags as a highlight keeps them: trimmed, empty ones dropped, duplicates (ignoring case) dropped,
 * each written as `canonicalName` spells it (it gets the tag key and returns the library's
 * spelling, so "csto" becomes "CSTO" when the library knows "CSTO"), else as given.
 */
export function uniqueTags(tags: readonly string[], canonicalName: (key: string) => string | undefined = () => undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const name = tag.trim();
    if (name === '') continue;
    const key = tagKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(canonicalName(key) ?? name);
  }
  return result;
}
