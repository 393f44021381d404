import type { ArticleWithHighlights, ResearchNotesApi } from '../api/contract.js';
import { matchesExportFilter, type ExportFilter } from './export-filter.js';
import type { CancelSignal, ExportProgress } from '../model/export-progress.js';
import { throwIfExportCancelled } from './throw-if-export-cancelled.js';

/** Which articles an export reads, and how it reports and stops. */
export interface ReadExportOptions {
  /** One article only; else every article, newest import first (or oldest first, for backups). */
  articleId?: string | undefined;
  oldestFirst?: boolean | undefined;
  /** Keeps only matching highlights; with a filter, articles left without highlights are skipped. */
  filter?: ExportFilter | undefined;
  signal?: CancelSignal | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
}

/**
 * The articles of an export with their highlights, one at a time through the API (so the UI and
 * the Node side share it, and memory holds one article at a time): CANCELLED when the signal
 * fires, progress after each article.
 */
export async function* readExportArticles(
  api: Pick<ResearchNotesApi, 'listArticles' | 'getArticle'>,
  options: ReadExportOptions = {},
): AsyncGenerator<ArticleWithHighlights> {
  const ids = options.articleId !== undefined ? [options.articleId] : (await api.listArticles({})).map((article) => article.id);
  if (options.oldestFirst) ids.reverse();
  const filter = options.filter ?? {};
  const isFiltered = Boolean(filter.tag?.trim() || filter.claimant?.trim());
  options.onProgress?.({ done: 0, total: ids.length });
  for (const [position, id] of ids.entries()) {
    throwIfExportCancelled(options.signal);
    const { article, highlights } = await api.getArticle({ id });
    const kept = isFiltered ? highlights.filter((highlight) => matchesExportFilter(highlight, filter)) : highlights;
    if (!isFiltered || kept.length > 0) yield { article, highlights: kept };
    options.onProgress?.({ done: position + 1, total: ids.length });
  }
}
