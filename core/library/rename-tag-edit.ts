import { renameTagPath } from './rename-tag-path.js';
import type { TagEdit } from './tag-edit.js';

/** Renames `from` (and its children) to `to`; merging several sources into one is renaming each. */
export function renameTagEdit(sources: readonly string[], to: string): TagEdit {
  return (name) => sources.reduce((current, from) => (current === name ? renameTagPath(name, from, to) : current), name);
}
