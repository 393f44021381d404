import fs from 'node:fs/promises';
import type { ArticleStore } from '../store/article-store.js';
import type { LibraryLayout } from '../store/library-layout.js';
import { indexEntryOf } from './index-entry-of.js';
import type { LibraryIndex } from './library-index.js';

/** Article files read at once while listing unlisted ones. */
const PARALLEL_READS = 16;

/** What the check at open found and did. */
export interface ArticleFilesCheck {
  /** Titles of the article files that were not listed and now are. */
  listed: string[];
  /** Titles of listed articles whose file is gone with no backup: no longer listed. */
  dropped: string[];
}

/**
 * The check at open that no article file can be hidden: the names in `articles/` against the
 * index, without reading a file when they agree (one readdir, so opening stays fast). A valid
 * article file the index does not list gets its entry from the file; a listed article without a
 * file is read the normal way (restored from a backup, reported) and dropped when that fails.
 * `skip` names articles a crash left in the middle of a change, which the caller settles itself.
 */
export async function reconcileArticleFiles(layout: LibraryLayout, index: LibraryIndex, articles: ArticleStore, skip: ReadonlySet<string>): Promise<ArticleFilesCheck> {
  const names = await fs.readdir(layout.articlesFolder).catch(() => [] as string[]);
  const onDisk = new Set<string>();
  for (const name of names) {
    const id = layout.articleIdOf(name);
    if (id !== null) onDisk.add(id);
  }
  const check: ArticleFilesCheck = { listed: [], dropped: [] };
  if (onDisk.size === index.size && [...onDisk].every((id) => index.get(id) !== undefined)) return check;
  const unlisted = [...onDisk].filter((id) => index.get(id) === undefined && !skip.has(id));
  for (let start = 0; start < unlisted.length; start += PARALLEL_READS) {
    const files = await Promise.all(unlisted.slice(start, start + PARALLEL_READS).map((id) => articles.readIfPresent(id).catch(() => null)));
    const found = files.filter((file) => file !== null).sort((a, b) => a.article.importedAt.localeCompare(b.article.importedAt));
    for (const file of found) {
      index.setInMemory(indexEntryOf(file));
      check.listed.push(file.article.title);
    }
  }
  for (const entry of [...index.values()]) {
    if (onDisk.has(entry.id) || skip.has(entry.id)) continue;
    const file = await articles.readIfPresent(entry.id).catch(() => null);
    if (file === null) {
      index.removeInMemory(entry.id);
      check.dropped.push(entry.title);
    } else {
      index.setInMemory(indexEntryOf(file));
    }
  }
  return check;
}
