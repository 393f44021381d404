import type { ArticleFile } from '../store/article-file-schema.js';
import type { LibraryIndexEntry } from '../store/library-index-schema.js';
import { countArticleTags } from './count-article-tags.js';

/**
 * Recomputes an article's counts (highlights, tag use) in its index entry from its file; returns
 * whether anything changed, so the index is saved only then. Recomputing, rather than adjusting
 * by one, means an entry can never drift from the file it describes.
 */
export function refreshIndexEntry(entry: LibraryIndexEntry, file: ArticleFile): boolean {
  const tags = countArticleTags(file.highlights);
  const unchanged = entry.highlightCount === file.highlights.length && JSON.stringify(entry.tags) === JSON.stringify(tags);
  if (unchanged) return false;
  entry.highlightCount = file.highlights.length;
  entry.tags = tags;
  return true;
}
