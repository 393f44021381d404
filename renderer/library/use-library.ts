import { useCallback, useEffect, useState } from 'react';
import type { ApiArguments } from '../../core/api/contract.js';
import type { ArticleSummary } from '../../core/model/article.js';
import { useApi } from '../api/api-context.js';

/** How the library list is sorted and filtered (listArticles' arguments). */
export type LibraryQuery = ApiArguments<'listArticles'>;

/** The library's article list for a sort and filter, loaded at start and again whenever `version` moves (imports, highlight changes). */
export function useLibrary(query: LibraryQuery, version: number, reportError: (error: unknown) => void) {
  const api = useApi();
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [isLoaded, setLoaded] = useState(false);
  const key = JSON.stringify(query);

  const refresh = useCallback(async () => {
    try {
      setArticles(await api.listArticles(JSON.parse(key) as LibraryQuery));
    } catch (error) {
      reportError(error);
    } finally {
      setLoaded(true);
    }
  }, [api, key, reportError]);

  useEffect(() => {
    void refresh();
  }, [refresh, version]);

  return { articles, isLoaded, refresh };
}
