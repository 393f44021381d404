import type { ApiArguments, TagChange } from '../api/contract.js';
import type { AnnotationContext } from './annotation-context.js';
import { changeHighlightTags } from './change-highlight-tags.js';
import { normalizeTags } from './normalize-tags.js';
import { tagKey } from '../rules/tag-key.js';

/** Adds and removes tags (exactly those, not their children) on many highlights, all or nothing. */
export async function tagHighlights(context: AnnotationContext, args: ApiArguments<'tagHighlights'>): Promise<TagChange> {
  const required = groupByArticle(args.refs);
  const removed = new Set(args.remove.map(tagKey));
  const plan = new Map(
    [...required].map(([articleId, ids]) => [
      articleId,
      (highlight: { id: string; tags: string[] }) => {
        if (!ids.has(highlight.id)) return null;
        const kept = highlight.tags.filter((name) => !removed.has(tagKey(name)));
        const after = normalizeTags([...kept, ...args.add], (key) => context.canonicalTagName(key), highlight.tags);
        const unchanged = after.length === highlight.tags.length && after.every((name, position) => name === highlight.tags[position]);
        return unchanged ? null : after;
      },
    ]),
  );
  return changeHighlightTags(context, plan, required);
}

function groupByArticle(refs: readonly { articleId: string; highlightId: string }[]): Map<string, Set<string>> {
  const byArticle = new Map<string, Set<string>>();
  for (const ref of refs) {
    const ids = byArticle.get(ref.articleId) ?? new Set<string>();
    ids.add(ref.highlightId);
    byArticle.set(ref.articleId, ids);
  }
  return byArticle;
}
