import { ApiError } from '../api/api-error.js';
import type { ArticleWithHighlights, ResearchNotesApi } from '../api/contract.js';
import type { HighlightFilter, SavedFilter } from '../model/highlight-filter.js';
import type { CancelSignal, ExportProgress } from '../model/export-progress.js';
import { throwIfExportCancelled } from './throw-if-export-cancelled.js';

/** The API calls a saved filter's export reads. */
export type SavedFilterSource = Pick<ResearchNotesApi, 'listArticles' | 'getArticle'> & Partial<Pick<ResearchNotesApi, 'listSavedFilters' | 'queryHighlights'>>;

// The largest page queryHighlights gives (its schema's limit).
const PAGE_SIZE = 10_000;

/**
 * The saved filter named `name` (exactly, else ignoring case and surrounding spaces) and the
 * articles holding its highlights, newest import first, each with only those highlights. The
 * claims query says which highlights match; whole highlights (rich notes, links, orphaned flag)
 * are then read with their articles, one at a time, with progress and cancel as other exports.
 */
export async function readSavedFilterArticles(
  api: SavedFilterSource,
  name: string,
  options: { signal?: CancelSignal | undefined; onProgress?: ((progress: ExportProgress) => void) | undefined } = {},
): Promise<{ saved: SavedFilter; articles: ArticleWithHighlights[] }> {
  if (!api.listSavedFilters || !api.queryHighlights) throw new ApiError('INVALID_ARGUMENT', 'This library cannot export saved filters.');
  const filters = await api.listSavedFilters({});
  const key = name.trim().toLowerCase();
  const saved = filters.find((filter) => filter.name === name) ?? filters.find((filter) => filter.name.trim().toLowerCase() === key);
  if (!saved) {
    const known = filters.length > 0 ? `the saved filters are ${filters.map((filter) => `"${filter.name}"`).join(', ')}` : 'none is saved yet (save one in the claims view)';
    throw new ApiError('NOT_FOUND', `There is no saved filter named "${name}"; ${known}.`);
  }
  return { saved, articles: await readFilteredArticles(api, saved.filter, options) };
}

/**
 * The articles holding the highlights a claims filter matches (as the claims view shows them),
 * newest import first, each with only those highlights, read one at a time with progress and cancel.
 */
export async function readFilteredArticles(
  api: SavedFilterSource,
  filter: HighlightFilter,
  options: { signal?: CancelSignal | undefined; onProgress?: ((progress: ExportProgress) => void) | undefined } = {},
): Promise<ArticleWithHighlights[]> {
  if (!api.queryHighlights) throw new ApiError('INVALID_ARGUMENT', 'This library cannot export the claims view.');
  const wanted = new Map<string, Set<string>>();
  for (let offset = 0; ; offset += PAGE_SIZE) {
    throwIfExportCancelled(options.signal);
    const page = await api.queryHighlights({ filter, limit: PAGE_SIZE, offset });
    for (const { highlight, article } of page.items) {
      const ids = wanted.get(article.id) ?? new Set<string>();
      wanted.set(article.id, ids.add(highlight.id));
    }
    if (page.items.length < PAGE_SIZE || offset + PAGE_SIZE >= page.total) break;
  }
  const order = (await api.listArticles({})).map((article) => article.id).filter((id) => wanted.has(id));
  const articles: ArticleWithHighlights[] = [];
  options.onProgress?.({ done: 0, total: order.length });
  for (const [position, id] of order.entries()) {
    throwIfExportCancelled(options.signal);
    const { article, highlights } = await api.getArticle({ id });
    const ids = wanted.get(id)!;
    articles.push({ article, highlights: highlights.filter((highlight) => ids.has(highlight.id)) });
    options.onProgress?.({ done: position + 1, total: order.length });
  }
  return articles;
}
