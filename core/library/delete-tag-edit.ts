import { isTagOrChild } from './is-tag-or-child.js';
import type { TagEdit } from './tag-edit.js';

/** Drops a tag and its children. */
export function deleteTagEdit(tag: string): TagEdit {
  return (name) => (isTagOrChild(name, tag) ? null : name);
}
