import type { Tag } from '../model/tag.js';
import { tagKey } from './tag-key.js';

/**
 * Every tag of the library with how many highlights carry it, keyed by its lower-cased name,
 * summed from the per-article counts of the index. A tag no highlight uses is simply absent.
 */
export function collectLibraryTags(articles: readonly { tags: readonly Tag[] }[]): Map<string, Tag> {
  const tags = new Map<string, Tag>();
  for (const article of articles) {
    for (const use of article.tags) {
      const key = tagKey(use.name);
      const tag = tags.get(key);
      // The first spelling met wins; tags are stored canonically, so spellings agree anyway.
      if (tag) tag.count += use.count;
      else tags.set(key, { name: use.name, count: use.count });
    }
  }
  return tags;
}
