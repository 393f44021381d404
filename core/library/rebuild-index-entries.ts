import fs from 'node:fs/promises';
import type { ArticleStore } from '../store/article-store.js';
import type { LibraryIndexEntry } from '../store/library-index-schema.js';
import type { LibraryLayout } from '../store/library-layout.js';
import { indexEntryOf } from './index-entry-of.js';

/** Article files read at once while rebuilding: enough to keep the disk busy, few enough to bound memory. */
const PARALLEL_READS = 16;

/**
 * The index entries of every article file in the folder, oldest import first: the index rebuilt
 * from the files that are the truth, when library.json is damaged or gone. Damaged article files
 * are restored from their backups by the store (and reported); lost ones are left out.
 */
export async function rebuildIndexEntries(layout: LibraryLayout, articles: ArticleStore): Promise<LibraryIndexEntry[]> {
  const names = await fs.readdir(layout.articlesFolder).catch(() => [] as string[]);
  const ids = names.map((name) => layout.articleIdOf(name)).filter((id): id is string => id !== null);
  const entries: LibraryIndexEntry[] = [];
  for (let start = 0; start < ids.length; start += PARALLEL_READS) {
    const files = await Promise.all(ids.slice(start, start + PARALLEL_READS).map((id) => articles.readIfPresent(id)));
    for (const file of files) if (file) entries.push(indexEntryOf(file));
  }
  return entries.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}
