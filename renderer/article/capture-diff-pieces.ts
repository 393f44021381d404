import type { TextChange } from '../../core/model/capture-changes.js';

/** Unchanged text longer than this is shown only at its ends, so a long page's few changes stay in view. */
const LONG_SAME = 480;
/** How much of unchanged text is kept on each side of a change. */
const CONTEXT = 160;

/** A piece of the diff as shown: text of one kind, or a count of unchanged characters left out. */
export type DiffPiece = TextChange | { kind: 'elided'; characters: number };

/**
 * A word diff ready to show: long unchanged stretches cut to some context around each change
 * (none before the first change or after the last), with the number of characters left out.
 */
export function captureDiffPieces(changes: readonly TextChange[]): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  changes.forEach((change, index) => {
    if (change.kind !== 'same' || change.text.length <= LONG_SAME) {
      pieces.push(change);
      return;
    }
    const keepBefore = index > 0 ? CONTEXT : 0;
    const keepAfter = index < changes.length - 1 ? CONTEXT : 0;
    if (keepBefore > 0) pieces.push({ kind: 'same', text: change.text.slice(0, keepBefore) });
    pieces.push({ kind: 'elided', characters: change.text.length - keepBefore - keepAfter });
    if (keepAfter > 0) pieces.push({ kind: 'same', text: change.text.slice(change.text.length - keepAfter) });
  });
  return pieces;
}
