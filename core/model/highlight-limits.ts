/**
 * The limits of one highlight, on every path that writes one (create, update, bulk tagging,
 * renaming and merging tags, linking) and in the API's schemas, which are built from them: so a
 * highlight the library holds is always one that restoreHighlight (the undo of a deletion) takes.
 */
export const HIGHLIGHT_LIMITS = {
  /** Tags on one highlight. */
  tags: 200,
  /** Characters of one tag name (the path "Actors/CSTO" as a whole). */
  tagLength: 200,
  /** Characters of the note's plain text (also when derived from a rich note). */
  noteLength: 200_000,
  /** Links at one highlight (incoming and outgoing). */
  links: 1_000,
  claimantLength: 500,
  colorLength: 50,
} as const;
