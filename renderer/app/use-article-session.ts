import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiArguments, ResearchNotesApi } from '../../core/api/contract.js';
import type { Article } from '../../core/model/article.js';
import type { Highlight, HighlightTarget } from '../../core/model/highlight.js';
import { HighlightSaver } from '../highlights/highlight-saver.js';
import type { SaveState } from '../highlights/save-state.js';

type HighlightPatch = ApiArguments<'updateHighlight'>['patch'];

/** The open article, its highlights and the selected one; edits are shown at once and saved in the background. */
export function useArticleSession(api: ResearchNotesApi, reportError: (error: unknown) => void) {
  const [article, setArticle] = useState<Article | null>(null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const openRequest = useRef(0);

  const saver = useMemo(
    () =>
      new HighlightSaver(api, {
        onStateChange: setSaveState,
        onSaved: (saved) => setHighlights((list) => list.map((item) => (item.id === saved.id ? saved : item))),
        onError: reportError,
      }),
    [api, reportError],
  );

  useEffect(() => {
    // Closing or hiding the window must not lose the last keystrokes.
    const flushNow = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saver]);

  const open = useCallback(
    async (id: string) => {
      const request = ++openRequest.current;
      await saver.flush();
      try {
        const loaded = await api.getArticle({ id });
        // A later click won the race; its article is the one to show.
        if (request !== openRequest.current) return;
        setArticle(loaded.article);
        setHighlights(loaded.highlights);
        setSelectedId(null);
      } catch (error) {
        reportError(error);
      }
    },
    [api, saver, reportError],
  );

  const select = useCallback(
    (id: string | null) => {
      void saver.flush();
      setSelectedId(id);
    },
    [saver],
  );

  const create = useCallback(
    async (target: HighlightTarget): Promise<Highlight | null> => {
      if (!article) return null;
      try {
        const created = await api.createHighlight({ articleId: article.id, target });
        setHighlights((list) => [...list, created]);
        select(created.id);
        return created;
      } catch (error) {
        reportError(error);
        return null;
      }
    },
    [api, article, select, reportError],
  );

  const update = useCallback(
    (id: string, patch: HighlightPatch) => {
      if (!article) return;
      setHighlights((list) => list.map((item) => (item.id === id ? { ...item, ...patch } : item)));
      saver.schedule(article.id, id, patch);
    },
    [article, saver],
  );

  const remove = useCallback(
    async (id: string): Promise<boolean> => {
      if (!article) return false;
      saver.discard(id);
      try {
        await api.deleteHighlight({ articleId: article.id, id });
        setHighlights((list) => list.filter((item) => item.id !== id));
        setSelectedId((current) => (current === id ? null : current));
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [api, article, saver, reportError],
  );

  const flush = useCallback(() => saver.flush(), [saver]);

  return { article, highlights, selectedId, saveState, open, select, create, update, remove, flush };
}
