import type { TagChange } from '../api/contract.js';
import type { AnnotationContext } from './annotation-context.js';
import { applyTagEdit } from './apply-tag-edit.js';
import { articlesWithTag } from './articles-with-tag.js';
import { changeHighlightTags } from './change-highlight-tags.js';
import { deleteTagEdit } from './delete-tag-edit.js';
import { isTagOrChild } from './is-tag-or-child.js';

/** Removes a tag and its children from every highlight, and forgets their colours. */
export async function deleteTag(context: AnnotationContext, name: string): Promise<TagChange> {
  const edit = deleteTagEdit(name);
  const plan = new Map(articlesWithTag(context, [name]).map((id) => [id, (highlight: { tags: string[] }) => applyTagEdit(highlight.tags, edit, () => undefined)] as const));
  const change = await changeHighlightTags(context, plan);
  await context.settings.update((settings) => {
    for (const key of Object.keys(settings.tagColors)) if (isTagOrChild(key, name)) delete settings.tagColors[key];
  });
  return change;
}
