import type { ApiArguments } from '../api/contract.js';
import type { AnnotationContext } from './annotation-context.js';
import { changeHighlightTags } from './change-highlight-tags.js';
import { normalizeTags } from './normalize-tags.js';

/**
 * Sets the tags of many highlights exactly as given, all or nothing: the undo of the tag
 * operations. The spellings are kept as given (not the library's current ones), so an undo of a
 * merge gives back exactly the tags from before it.
 */
export async function setHighlightTags(context: AnnotationContext, args: ApiArguments<'setHighlightTags'>): Promise<null> {
  const wanted = new Map<string, Map<string, string[]>>();
  for (const change of args.changes) {
    const tags = wanted.get(change.articleId) ?? new Map<string, string[]>();
    tags.set(change.highlightId, normalizeTags(change.tags, () => undefined));
    wanted.set(change.articleId, tags);
  }
  const plan = new Map([...wanted].map(([articleId, tags]) => [articleId, (highlight: { id: string }) => tags.get(highlight.id) ?? null]));
  const required = new Map([...wanted].map(([articleId, tags]) => [articleId, new Set(tags.keys())]));
  await changeHighlightTags(context, plan, required);
  return null;
}
