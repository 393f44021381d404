import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../core/model/article.js';
import type { Highlight } from '../../core/model/highlight.js';
import type { HighlightRef } from '../../core/model/highlight-link.js';
import { useApi } from '../api/api-context.js';

/** A highlight elsewhere in the library with the article it belongs to. */
export interface LinkedHighlight {
  highlight: Highlight;
  article: ArticleSummary;
}

/**
 * The highlights at the other ends of some links, fetched per article through the claims query
 * (not getArticle: a 150,000-word article would be loaded just to show one quote).
 */
export function useHighlightLookup(refs: readonly HighlightRef[], version: number): Map<string, LinkedHighlight> {
  const api = useApi();
  const [found, setFound] = useState(new Map<string, LinkedHighlight>());
  const articleIds = [...new Set(refs.map((ref) => ref.articleId))].sort().join('\n');

  useEffect(() => {
    if (!articleIds) {
      setFound(new Map());
      return;
    }
    let isCurrent = true;
    Promise.all(articleIds.split('\n').map((articleId) => api.queryHighlights({ filter: { articleId }, limit: 10_000 })))
      .then((pages) => {
        if (!isCurrent) return;
        const next = new Map<string, LinkedHighlight>();
        for (const page of pages) for (const item of page.items) next.set(item.highlight.id, item);
        setFound(next);
      })
      // A missing end is shown as such; it is not worth an error banner.
      .catch(() => isCurrent && setFound(new Map()));
    return () => {
      isCurrent = false;
    };
  }, [api, articleIds, version]);

  return found;
}
