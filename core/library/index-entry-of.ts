import type { ArticleFile } from '../store/article-file-schema.js';
import type { LibraryIndexEntry } from '../store/library-index-schema.js';
import { countArticleClaimants } from './count-article-claimants.js';
import { countArticleTags } from './count-article-tags.js';
import { toArticleSummary } from './to-article-summary.js';

/** The index entry an article file implies: the file is the truth, the entry only repeats it. */
export function indexEntryOf(file: ArticleFile): LibraryIndexEntry {
  const entry: LibraryIndexEntry = { ...toArticleSummary(file.article), highlightCount: file.highlights.length, tags: countArticleTags(file.highlights), claimants: countArticleClaimants(file.highlights) };
  // Kept in the entry so a re-import is recognised without reading every article file.
  const { originalSha256, canonicalUrl } = file.article;
  if (originalSha256 !== undefined) entry.originalSha256 = originalSha256;
  if (typeof canonicalUrl === 'string') entry.canonicalUrl = canonicalUrl;
  return entry;
}
