import { diffLines, diffWords } from 'diff';
import type { TextChange } from '../model/capture-changes.js';

/** How long a word diff may take before the texts are compared by line instead (a whole rewrite of a long page). */
const WORD_DIFF_MS = 1_500;

/**
 * Two texts compared word by word (white space kept as it was, never counted as a change), or
 * by line when a word diff would take too long; adjacent stretches of one kind are merged.
 */
export function wordChanges(before: string, after: string): { changes: TextChange[]; byWords: boolean } {
  const byWords = diffWords(before, after, { timeout: WORD_DIFF_MS });
  const parts = byWords ?? diffLines(before, after, { timeout: WORD_DIFF_MS }) ?? [
    { value: before, removed: true, added: false, count: 1 },
    { value: after, added: true, removed: false, count: 1 },
  ];
  const changes: TextChange[] = [];
  for (const part of parts) {
    if (part.value === '') continue;
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = changes.at(-1);
    if (last?.kind === kind) last.text += part.value;
    else changes.push({ kind, text: part.value });
  }
  return { changes, byWords: byWords !== undefined };
}
