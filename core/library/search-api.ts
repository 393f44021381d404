import { randomUUID } from 'node:crypto';
import { ApiError } from '../api/api-error.js';
import type { ResearchNotesApi } from '../api/contract.js';
import type { AnnotationContext } from './annotation-context.js';
import { selectClaimants } from './select-claimants.js';
import { toArticleSummary } from './to-article-summary.js';

type SearchMethods = 'search' | 'queryHighlights' | 'listSavedFilters' | 'saveFilter' | 'deleteSavedFilter' | 'listClaimants';

/** Rows of the claims view a page holds when the caller does not say. */
const DEFAULT_PAGE = 100;

/** Search results when the caller does not say: a screenful. */
const DEFAULT_HITS = 20;

/** Finding things across the library: full-text search, the claims view's filters (and those saved), claimants. */
export function createSearchApi(context: AnnotationContext): Pick<ResearchNotesApi, SearchMethods> {
  return {
    search: (args) => context.search.search(args.query, args.limit ?? DEFAULT_HITS),
    queryHighlights: async ({ filter, limit, offset }) => {
      const page = await context.search.queryHighlights(filter, limit ?? DEFAULT_PAGE, offset ?? 0);
      const items = [];
      for (const highlight of page.highlights) {
        const entry = safeEntry(context, highlight.articleId);
        if (entry) items.push({ highlight, article: toArticleSummary(entry) });
      }
      return { total: page.total, items };
    },
    listSavedFilters: async () => context.settings.get().savedFilters,
    saveFilter: async ({ id, name, filter }) => {
      const saved = { id: id ?? randomUUID(), name, filter };
      await context.settings.update((settings) => {
        const position = settings.savedFilters.findIndex((candidate) => candidate.id === saved.id);
        if (position >= 0) settings.savedFilters[position] = saved;
        else settings.savedFilters.push(saved);
      });
      return structuredClone(saved);
    },
    deleteSavedFilter: async ({ id }) => {
      await context.settings.update((settings) => {
        const position = settings.savedFilters.findIndex((candidate) => candidate.id === id);
        if (position < 0) throw new ApiError('NOT_FOUND', `There is no saved filter with id ${id}.`);
        settings.savedFilters.splice(position, 1);
      });
      return null;
    },
    listClaimants: async (args) => selectClaimants(context.entries(), args.prefix, args.limit),
  };
}

function safeEntry(context: AnnotationContext, articleId: string): ReturnType<AnnotationContext['requireEntry']> | null {
  try {
    return context.requireEntry(articleId);
  } catch {
    // Deleted since the page was read from the index: left out rather than failing the page.
    return null;
  }
}
