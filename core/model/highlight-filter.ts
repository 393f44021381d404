import type { Grading } from './grading.js';

/**
 * Which highlights a claims view shows. Every given field must match. Tags are hierarchical:
 * filtering by "Actors" also matches "Actors/CSTO". Text fields match case- and
 * diacritic-insensitively.
 */
export interface HighlightFilter {
  claimant?: string;
  tags?: string[];
  about?: string;
  kind?: string;
  color?: string;
  /** Only highlights graded at least this well on both axes (e.g. B2 keeps A1, B2, A2, B1). */
  minGrading?: Grading;
  articleId?: string;
  /** Claim date (or the article's date when the claim has none), inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

/** A filter the user saved under a name, to reopen later. */
export interface SavedFilter {
  id: string;
  name: string;
  filter: HighlightFilter;
}
