import { useEffect, useState } from 'react';
import type { SearchHit } from '../../core/model/search-hit.js';
import { useApi } from '../api/api-context.js';

// Results as you type: 150 ms skips the middle of a word without feeling late.
const SEARCH_DELAY_MS = 150;

/** Search results for a query, fetched after a short pause in typing; stale answers are dropped. */
export function useSearch(query: string, limit: number, onError: (error: unknown) => void) {
  const api = useApi();
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [isSearching, setSearching] = useState(false);

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setHits([]);
      setSearching(false);
      return;
    }
    let isCurrent = true;
    setSearching(true);
    const timer = setTimeout(() => {
      api
        .search({ query: text, limit })
        .then((found) => isCurrent && setHits(found))
        .catch((error: unknown) => isCurrent && onError(error))
        .finally(() => isCurrent && setSearching(false));
    }, SEARCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [api, query, limit, onError]);

  return { hits, isSearching };
}
