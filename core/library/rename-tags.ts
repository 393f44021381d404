import type { TagChange } from '../api/contract.js';
import type { AnnotationContext } from './annotation-context.js';
import { applyTagEdit } from './apply-tag-edit.js';
import { articlesWithTag } from './articles-with-tag.js';
import { changeHighlightTags } from './change-highlight-tags.js';
import { isTagOrChild } from './is-tag-or-child.js';
import { renameTagEdit } from './rename-tag-edit.js';
import { tagKey } from '../rules/tag-key.js';

/**
 * Renames each of `sources` (with its children) to `to` everywhere: renameTag is one source,
 * mergeTags several. Where `to` (or a renamed child) already exists, its spelling wins, so the
 * tags merge. Tag colours move along; a colour `to` already has is kept.
 */
export async function renameTags(context: AnnotationContext, sources: readonly string[], to: string): Promise<TagChange> {
  const edit = renameTagEdit(sources, to);
  // A spelling under a source is about to change, so it cannot be the one to merge into.
  const canonical = (key: string): string | undefined => (sources.some((source) => isTagOrChild(key, source)) ? undefined : context.canonicalTagName(key));
  const plan = new Map(articlesWithTag(context, sources).map((id) => [id, (highlight: { tags: string[] }) => applyTagEdit(highlight.tags, edit, canonical)] as const));
  const change = await changeHighlightTags(context, plan);
  await context.settings.update((settings) => {
    const colors = settings.tagColors;
    for (const [key, color] of Object.entries(colors)) {
      const renamed = edit(key);
      if (renamed === null || tagKey(renamed) === key) continue;
      delete colors[key];
      colors[tagKey(renamed)] ??= color;
    }
  });
  return change;
}
