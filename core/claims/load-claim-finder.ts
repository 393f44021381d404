import { findClaims } from './find-claims.js';
import { loadNameLexicon } from './name-lexicon.js';

/** findClaims, once the name lexicon it reads is loaded (about a second, the first time in a process). */
export async function loadClaimFinder(): Promise<typeof findClaims> {
  await loadNameLexicon();
  return findClaims;
}
