import { tagKey } from './tag-key.js';

/**
 * A highlight's tags as they are stored: trimmed, empty ones dropped, duplicates (ignoring case)
 * dropped, and each written as the library already writes it, so "csto" becomes "CSTO" when the
 * library knows "CSTO". `canonicalName` gets a lower-cased name and returns the library's spelling.
 */
export function normalizeTags(tags: readonly string[], canonicalName: (lowerCaseName: string) => string | undefined): string[] {
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

