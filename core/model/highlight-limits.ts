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

/** The first limit a highlight is beyond (as a reason a person understands), or null when it is within them all. */
export function highlightBeyondLimits(highlight: { tags: readonly string[]; note: string; links?: readonly unknown[] }): string | null {
  if (highlight.tags.length > HIGHLIGHT_LIMITS.tags) return `it has ${highlight.tags.length} tags, more than the ${HIGHLIGHT_LIMITS.tags} a highlight may have`;
  const long = highlight.tags.find((tag) => tag.length > HIGHLIGHT_LIMITS.tagLength);
  if (long !== undefined) return `its tag "${long.slice(0, 60)}…" is longer than the ${HIGHLIGHT_LIMITS.tagLength} characters a tag may have`;
  if (highlight.note.length > HIGHLIGHT_LIMITS.noteLength) return `its note is longer than the ${HIGHLIGHT_LIMITS.noteLength.toLocaleString('en')} characters a note may have`;
  if ((highlight.links ?? []).length > HIGHLIGHT_LIMITS.links) return `it has more than the ${HIGHLIGHT_LIMITS.links.toLocaleString('en')} links a highlight may have`;
  return null;
}
