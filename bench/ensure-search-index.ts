import fs from 'node:fs/promises';
import path from 'node:path';
import { SettingsStore } from '../core/library/settings-store.js';
import { SearchIndex } from '../core/search/search-index.js';
import { ArticleStore } from '../core/store/article-store.js';
import { LibraryLayout } from '../core/store/library-layout.js';

/**
 * Brings a cached bench library's search index up to date (built anew when missing, of another
 * version or stale), as the product does in the background, and returns how long that took (null
 * when it was current). Untimed by the callers' measurements: a rebuild running behind a
 * measurement would measure the rebuild.
 */
export async function ensureSearchIndex(folder: string): Promise<number | null> {
  const notices: string[] = [];
  const settings = await SettingsStore.open(folder, (notice) => notices.push(notice), { backupsFolder: path.join(folder, 'backups') });
  // Ids straight from library.json: any index version holds `articles[].id`.
  const index = JSON.parse(await fs.readFile(path.join(folder, 'library.json'), 'utf8')) as { articles: { id: string }[] };
  const articles = new ArticleStore(new LibraryLayout(folder), (notice) => notices.push(notice));
  const started = performance.now();
  const search = await SearchIndex.open({
    folder,
    libraryId: settings.get().libraryId,
    source: { articleIds: () => index.articles.map((entry) => entry.id), readArticle: (id) => articles.readIfPresent(id) },
    report: (notice) => notices.push(notice),
  });
  await search.whenRebuilt();
  const rebuilt = search.rebuildReason !== null;
  await search.close();
  return rebuilt ? performance.now() - started : null;
}
