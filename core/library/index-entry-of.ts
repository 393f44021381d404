import type { ArticleFile } from '../store/article-file-schema.js';
import type { LibraryIndexEntry } from '../store/library-index-schema.js';
import { countArticleClaimants } from './count-article-claimants.js';
import { countArticleTags } from './count-article-tags.js';
import { toArticleSummary } from './to-article-summary.js';

/** The index entry an article file implies: the file is the truth, the entry only repeats it. */
export function indexEntryOf(file: ArticleFile): LibraryIndexEntry {
  return { ...toArticleSummary(file.article), highlightCount: file.highlights.length, tags: countArticleTags(file.highlights), claimants: countArticleClaimants(file.highlights) };
}
