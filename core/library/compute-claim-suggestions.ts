import { CLAIM_FINDER_VERSION } from '../claims/claim-finder-version.js';
import type { StoredClaimSuggestions } from '../store/claim-suggestions-schema.js';

/** What the finder reads of an article. */
export interface SuggestionSource {
  text: string;
  lang: string | null;
  /** SHA-256 of the text (the article's contentHash). */
  contentHash: string;
}

/**
 * Runs the claim finder on an article's text, keeping what the user dismissed before. The finder
 * is imported on first use: with compromise's lexicon it takes about a second to load (`npm run
 * bench` measures it), which is why suggestions are computed when an article's suggestions are
 * first listed (the app lists them as it opens an article, so right after its import) rather than
 * inside every import: a command-line import, a batch of imports or a process that never shows
 * suggestions never pays that second. After that a 10,000-word article takes tens of milliseconds.
 */
export async function computeClaimSuggestions(article: SuggestionSource, dismissed: readonly string[] = []): Promise<StoredClaimSuggestions> {
  const { loadClaimFinder } = await import('../claims/load-claim-finder.js');
  const findClaims = await loadClaimFinder();
  return { finderVersion: CLAIM_FINDER_VERSION, contentHash: article.contentHash, items: findClaims(article.text, { lang: article.lang }), dismissed: [...dismissed] };
}

/** Whether stored suggestions were made for this text by this version of the finder. */
export function areClaimSuggestionsCurrent(stored: StoredClaimSuggestions | undefined, article: SuggestionSource): boolean {
  return stored !== undefined && stored.finderVersion === CLAIM_FINDER_VERSION && stored.contentHash === article.contentHash;
}
