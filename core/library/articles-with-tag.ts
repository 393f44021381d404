import type { AnnotationContext } from './annotation-context.js';
import { isTagOrChild } from './is-tag-or-child.js';

/** The ids of the articles whose highlights carry any of `tags` or their children, from the index alone. */
export function articlesWithTag(context: AnnotationContext, tags: readonly string[]): string[] {
  const ids: string[] = [];
  for (const entry of context.entries()) {
    if (entry.tags.some((use) => tags.some((tag) => isTagOrChild(use.name, tag)))) ids.push(entry.id);
  }
  return ids;
}
