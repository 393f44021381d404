import type { LibraryIndexEntry } from '../store/library-index-schema.js';

/**
 * Fills in the claimant counts of index entries written before they existed, by reading each such
 * article once (`read` brings its entry in line with its file), one at a time in the background,
 * stopping when `isStopped` says so. New fields of the index need no migration this way.
 */
export async function backfillIndexEntries(
  entries: Iterable<LibraryIndexEntry>,
  read: (id: string) => Promise<unknown>,
  isStopped: () => boolean,
): Promise<void> {
  const ids = [...entries].filter((entry) => entry.claimants === undefined && entry.highlightCount > 0).map((entry) => entry.id);
  for (const id of ids) {
    if (isStopped()) return;
    await read(id).catch(() => undefined);
  }
}
