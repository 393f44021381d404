import type { Highlight } from '../model/highlight.js';

/** A claimant and how many highlights name them. */
export interface ClaimantUse {
  name: string;
  count: number;
}

/**
 * How many highlights of one article name each claimant (trimmed, case-insensitively, first
 * spelling wins), for the article's entry in the library index, so autocomplete and the
 * claimant filter of the library list never read article files.
 */
export function countArticleClaimants(highlights: readonly Highlight[]): ClaimantUse[] {
  const counts = new Map<string, ClaimantUse>();
  for (const highlight of highlights) {
    const name = highlight.claimant.trim();
    if (name === '') continue;
    const key = name.toLocaleLowerCase('und');
    const use = counts.get(key);
    if (use) use.count += 1;
    else counts.set(key, { name, count: 1 });
  }
  return [...counts.values()];
}
