import type { Highlight } from '../model/highlight.js';
import type { Tag } from '../model/tag.js';
import { tagKey } from '../rules/tag-key.js';

/** How many highlights of one article carry each tag, for the article's entry in the library index. */
export function countArticleTags(highlights: readonly Highlight[]): Tag[] {
  const counts = new Map<string, Tag>();
  for (const highlight of highlights) {
    for (const name of highlight.tags) {
      const key = tagKey(name);
      const tag = counts.get(key);
      if (tag) tag.count += 1;
      else counts.set(key, { name, count: 1 });
    }
  }
  return [...counts.values()];
}
