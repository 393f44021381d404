import type { Highlight } from '../model/highlight.js';
import type { Tag } from '../model/tag.js';
import type { SearchIndex } from '../search/search-index.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import type { LibraryIndexEntry } from '../store/library-index-schema.js';
import type { SettingsStore } from './settings-store.js';

/**
 * What the domain modules (highlights, tags, links, article notes, settings, search) need of the
 * library service, so each lives in its own file; they are tested through the service with a real folder.
 */
export interface AnnotationContext {
  /** The index entry of an article; NOT_FOUND when there is none. */
  requireEntry(id: string): LibraryIndexEntry;
  /** Every index entry. */
  entries(): Iterable<LibraryIndexEntry>;
  /** One article file (not to be changed: use changeArticle). */
  readArticle(id: string): Promise<ArticleFile>;
  /** Changes one article file, saves it, brings the index and the search index up to date. */
  changeArticle<R>(id: string, change: (file: ArticleFile) => R): Promise<R>;
  /** The library's spelling of a tag by its key; `ownTags` (the highlight's own) are not counted as the library's. */
  canonicalTagName(key: string, ownTags?: readonly string[]): string | undefined;
  /** Every tag of the library with its count. */
  tagList(): Iterable<Tag>;
  /** Whether a highlight is exactly one deleted lately (core/library/recent-deletions.ts). */
  wasDeleted(highlight: Highlight): boolean;
  /** Keeps a deleted highlight for a while, so its undo (restoreHighlight) can bring it back. */
  rememberDeleted(highlight: Highlight): void;
  settings: SettingsStore;
  search: SearchIndex;
}
