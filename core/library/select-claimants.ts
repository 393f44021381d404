import { foldText } from '../rules/fold-text.js';
import type { ClaimantUse } from './count-article-claimants.js';

/**
 * The library's claimants summed over the index entries, those starting with `prefix` (ignoring
 * case and diacritics), most used first, then by name, at most `limit`.
 */
export function selectClaimants(entries: Iterable<{ claimants?: readonly ClaimantUse[] }>, prefix = '', limit = Number.POSITIVE_INFINITY): ClaimantUse[] {
  const totals = new Map<string, ClaimantUse>();
  for (const entry of entries) {
    for (const use of entry.claimants ?? []) {
      const key = use.name.toLocaleLowerCase('und');
      const total = totals.get(key);
      if (total) total.count += use.count;
      else totals.set(key, { name: use.name, count: use.count });
    }
  }
  const wanted = foldText(prefix.trim());
  const matches = [...totals.values()].filter((use) => foldText(use.name).startsWith(wanted));
  matches.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return matches.slice(0, limit);
}
