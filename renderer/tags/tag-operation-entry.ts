import type { ResearchNotesApi, TagChange } from '../../core/api/contract.js';
import type { UndoEntry } from '../undo/undo-stack.js';

/**
 * The undo entry of a tag operation (rename, merge, delete, bulk tagging): undo puts back every
 * changed highlight's tags as they were (setHighlightTags with tagsBefore); redo runs the operation
 * again and keeps its new TagChange for the next undo.
 */
export function tagOperationEntry(api: ResearchNotesApi, label: string, first: TagChange, run: () => Promise<TagChange>): UndoEntry {
  let change = first;
  return {
    label,
    undo: async () => {
      if (change.changed.length === 0) return;
      await api.setHighlightTags({
        changes: change.changed.map(({ articleId, highlightId, tagsBefore }) => ({ articleId, highlightId, tags: tagsBefore })),
      });
    },
    redo: async () => {
      change = await run();
    },
  };
}
