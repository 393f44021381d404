import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimSuggestion } from '../../core/model/claim-suggestion.js';
import type { Highlight } from '../../core/model/highlight.js';
import { useApi } from '../api/api-context.js';

/**
 * The suggested claims of the open article and the current one (the one Enter accepts and Delete
 * dismisses). Accepting or dismissing one makes the next one current, so a reader can go through
 * an article's suggestions with the keyboard alone.
 */
export function useClaimSuggestions(articleId: string | null, textHash: string | null, onAccepted: (highlight: Highlight) => void, reportError: (error: unknown) => void) {
  const api = useApi();
  const [suggestions, setSuggestions] = useState<ClaimSuggestion[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  // True while the article's suggestions are being listed (the first listing loads the finder).
  const [isListing, setIsListing] = useState(false);
  const latest = useRef({ suggestions, currentId });
  latest.current = { suggestions, currentId };

  useEffect(() => {
    setSuggestions([]);
    setCurrentId(null);
    setIsListing(articleId !== null);
    if (articleId === null) return;
    let isCurrent = true;
    api
      .listClaimSuggestions({ articleId })
      .then((listed) => isCurrent && setSuggestions(listed), (error: unknown) => isCurrent && reportError(error))
      .finally(() => isCurrent && setIsListing(false));
    return () => {
      isCurrent = false;
    };
    // A re-import changes the text (and so the suggestions) of the same article.
  }, [api, articleId, textHash, reportError]);

  /** Makes the next (or previous) suggestion current; the first (or last) when none is. */
  const step = useCallback((direction: 1 | -1) => {
    const { suggestions: list, currentId: id } = latest.current;
    if (list.length === 0) return;
    const index = list.findIndex((suggestion) => suggestion.id === id);
    const next = index < 0 ? (direction === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + direction));
    setCurrentId(list[next]!.id);
  }, []);

  /** Takes a suggestion off the list, making its neighbour current if it was. */
  const drop = useCallback((id: string) => {
    const { suggestions: list, currentId: current } = latest.current;
    const index = list.findIndex((suggestion) => suggestion.id === id);
    const rest = list.filter((suggestion) => suggestion.id !== id);
    setSuggestions(rest);
    if (current === id) setCurrentId(rest[Math.min(index, rest.length - 1)]?.id ?? null);
  }, []);

  const accept = useCallback(
    async (id: string) => {
      if (articleId === null) return;
      try {
        const highlight = await api.acceptClaimSuggestion({ articleId, suggestionId: id });
        drop(id);
        onAccepted(highlight);
      } catch (error) {
        reportError(error);
      }
    },
    [api, articleId, drop, onAccepted, reportError],
  );

  const dismiss = useCallback(
    async (id: string) => {
      if (articleId === null) return;
      try {
        await api.dismissClaimSuggestion({ articleId, suggestionId: id });
        drop(id);
      } catch (error) {
        reportError(error);
      }
    },
    [api, articleId, drop, reportError],
  );

  return { suggestions, isListing, currentId, current: suggestions.find((suggestion) => suggestion.id === currentId) ?? null, setCurrentId, step, accept, dismiss };
}
