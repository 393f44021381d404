import type { Highlight } from '../model/highlight.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import type { LibraryIndexEntry } from '../store/library-index-schema.js';
import type { SettingsStore } from './settings-store.js';

/**
 * What the annotation operations (links, tag operations, restore) need of the library service,
 * so they live in their own files and are tested through the service with a real folder.
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
  /** The library's spelling of a tag by lower-cased name. */
  canonicalTagName(key: string): string | undefined;
  /** Whether a highlight is exactly one deleted lately (core/library/recent-deletions.ts). */
  wasDeleted(highlight: Highlight): boolean;
  settings: SettingsStore;
}
