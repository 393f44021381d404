import { useCallback, useEffect, useState } from 'react';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import type { ArticleSummary } from '../../core/model/article.js';

/** The library's article list, loaded at start and refreshed after imports and highlight changes. */
export function useLibrary(api: ResearchNotesApi, reportError: (error: unknown) => void) {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [isLoaded, setLoaded] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setArticles(await api.listArticles({}));
    } catch (error) {
      reportError(error);
    } finally {
      setLoaded(true);
    }
  }, [api, reportError]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { articles, isLoaded, refresh };
}
