import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocNode } from '../../core/document/doc-node.js';
import type { Article } from '../../core/model/article.js';
import type { Highlight, HighlightTarget } from '../../core/model/highlight.js';
import type { HighlightLink, HighlightRef, LinkRelation } from '../../core/model/highlight-link.js';
import type { DrawnAhead } from '../article/use-highlight-drawing.js';
import { patchedHighlight } from '../../core/rules/apply-highlight-patch.js';
import { uniqueTags } from '../../core/rules/unique-tags.js';
import type { HighlightPatch } from '../../core/rules/apply-highlight-patch.js';
import { EditSaver } from './edit-saver.js';
import { mergeHighlightPatch } from '../highlights/merge-highlight-patch.js';
import { patchBefore } from '../highlights/patch-before.js';
import type { SaveState } from '../highlights/save-state.js';
import type { UndoStack } from '../undo/undo-stack.js';
import { afterNextFrame } from './after-next-frame.js';
import { lastArticle } from './last-article.js';
import { useApi } from '../api/api-context.js';
import type { DataKind } from './data-versions.js';

/** Edits of one highlight since its last commit: what it was before them, and what they set. */
interface EditGroup {
  articleId: string;
  before: HighlightPatch;
  after: HighlightPatch;
}

/**
 * The open article, its highlights and the selected one; edits are shown at once and saved in the
 * background, and every annotation edit goes on the undo stack as the API calls that reverse it.
 */
export function useArticleSession(undoStack: UndoStack, reportError: (error: unknown) => void, onDataChanged: (...kinds: DataKind[]) => void) {
  const api = useApi();
  const [article, setArticle] = useState<Article | null>(null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const openRequest = useRef(0);
  const current = useRef({ article, highlights });
  current.current = { article, highlights };
  const editGroups = useRef(new Map<string, EditGroup>());
  const createRequest = useRef(0);

  const saver = useMemo(
    () =>
      new EditSaver(api, {
        onStateChange: setSaveState,
        onSaved: (saved) => setHighlights((list) => list.map((item) => (item.id === saved.id ? saved : item))),
        onError: reportError,
      }),
    [api, reportError],
  );

  /** Closes the open edit groups into undo entries (at blur, on switching highlight, before an undo). */
  const commitEdits = useCallback(() => {
    for (const [id, group] of editGroups.current) {
      const { articleId, before, after } = group;
      undoStack.push({
        label: 'Edit highlight',
        undo: async () => {
          await saver.flush();
          await api.updateHighlight({ articleId, id, patch: before });
        },
        redo: async () => {
          await saver.flush();
          await api.updateHighlight({ articleId, id, patch: after });
        },
      });
    }
    editGroups.current.clear();
  }, [api, saver, undoStack]);

  const flush = useCallback(() => {
    commitEdits();
    return saver.flush();
  }, [commitEdits, saver]);

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
    async (id: string, selectHighlightId: string | null = null): Promise<boolean> => {
      const request = ++openRequest.current;
      await flush();
      try {
        const loaded = await api.getArticle({ id });
        // A later click won the race; its article is the one to show.
        if (request !== openRequest.current) return false;
        setArticle(loaded.article);
        setHighlights(loaded.highlights);
        setSelectedId(selectHighlightId);
        lastArticle.write(id);
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [api, flush, reportError],
  );

  /** Fetches the open article's highlights again (after an undo, a tag operation, a link made elsewhere). */
  const reload = useCallback(async () => {
    const open = current.current.article;
    if (!open) return;
    await saver.flush();
    try {
      const loaded = await api.getArticle({ id: open.id });
      if (current.current.article?.id !== open.id) return;
      setHighlights(loaded.highlights);
      // An undo may have changed the article's own tags; its text and document stay as drawn.
      setArticle((shown) => (shown?.id === loaded.article.id ? { ...shown, articleTags: loaded.article.articleTags } : shown));
      setSelectedId((selected) => (selected && loaded.highlights.some((item) => item.id === selected) ? selected : null));
    } catch (error) {
      reportError(error);
    }
  }, [api, saver, reportError]);

  const select = useCallback(
    (id: string | null) => {
      if (id && isProvisional(id)) return;
      void flush();
      setSelectedId(id);
    },
    [flush],
  );

  const find = (id: string) => current.current.highlights.find((item) => item.id === id) ?? null;

  const create = useCallback(
    async (target: HighlightTarget, color?: string, drawAhead?: (provisional: Highlight) => DrawnAhead | null): Promise<Highlight | null> => {
      if (!article) return null;
      // Shown at once under a provisional id, so the highlight appears within a frame even when the
      // library needs a while to write a long article; it becomes selectable when the library answers.
      const now = new Date().toISOString();
      const provisional: Highlight = { id: `pending-${now}-${Math.random()}`, articleId: article.id, target, claimant: '', tags: [], note: '', color: color ?? 'yellow', createdAt: now, updatedAt: now };
      // Drawn in the article already: the list of a thousand entries and the rest of the window follow
      // in a background render, after the frame that shows the highlight.
      const drawn = drawAhead?.(provisional) ?? null;
      if (!drawn) setHighlights((list) => [...list, provisional]);
      const request = ++createRequest.current;
      try {
        if (drawn) {
          // The list entry and the request wait until the frame that shows the highlight is drawn: a
          // background render started now would run before that frame and hold it back.
          await afterNextFrame();
          startTransition(() => setHighlights((list) => [...list, provisional]));
        }
        const created = await api.createHighlight({ articleId: article.id, target, ...(color ? { color } : {}) });
        drawn?.settle(created.id);
        // Drawn already, so what the answer changes (the list entry, the selection and its fields) is a
        // background render that gives way to the reader's next key press or selection.
        const applyAnswer = () => {
          setHighlights((list) => list.map((item) => (item.id === provisional.id ? created : item)));
          // Highlights made back to back: the last one made is the one to select, whichever answer comes last.
          if (request === createRequest.current) select(created.id);
        };
        if (drawn) startTransition(applyAnswer);
        else applyAnswer();
        let snapshot = created;
        undoStack.push({
          label: 'Highlight',
          undo: async () => {
            await saver.flush();
            snapshot = find(created.id) ?? snapshot;
            await api.deleteHighlight({ articleId: created.articleId, id: created.id });
          },
          redo: async () => void (await api.restoreHighlight({ highlight: snapshot })),
        });
        onDataChanged('articles', 'highlights');
        return created;
      } catch (error) {
        setHighlights((list) => list.filter((item) => item.id !== provisional.id));
        drawn?.settle(null);
        reportError(error);
        return null;
      }
    },
    [api, article, saver, select, undoStack, reportError, onDataChanged],
  );

  const update = useCallback(
    (id: string, patch: HighlightPatch) => {
      const highlight = find(id);
      if (!article || !highlight || isProvisional(id)) return;
      const group = editGroups.current.get(id) ?? { articleId: article.id, before: {}, after: {} };
      // The oldest value of a field wins: an undo goes back to before the whole burst of typing.
      group.before = mergeHighlightPatch(patchBefore(highlight, patch), group.before);
      group.after = mergeHighlightPatch(group.after, patch);
      editGroups.current.set(id, group);
      setHighlights((list) => list.map((item) => (item.id === id ? patchedHighlight(item, patch, uniqueTags) : item)));
      saver.schedule(article.id, id, patch);
    },
    [article, saver],
  );

  const remove = useCallback(
    async (id: string): Promise<boolean> => {
      const highlight = find(id);
      if (!article || !highlight || isProvisional(id)) return false;
      commitEdits();
      await saver.flush();
      try {
        await api.deleteHighlight({ articleId: article.id, id });
        setHighlights((list) => list.filter((item) => item.id !== id));
        setSelectedId((selected) => (selected === id ? null : selected));
        undoStack.push({
          label: 'Delete highlight',
          undo: async () => void (await api.restoreHighlight({ highlight })),
          redo: async () => void (await api.deleteHighlight({ articleId: highlight.articleId, id })),
        });
        onDataChanged('articles', 'highlights', 'tags', 'links');
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [api, article, saver, commitEdits, undoStack, reportError, onDataChanged],
  );

  const link = useCallback(
    async (from: HighlightRef, to: HighlightRef, relation: LinkRelation): Promise<boolean> => {
      try {
        await saver.flush();
        let made: HighlightLink = await api.linkHighlights({ from, to, relation });
        undoStack.push({
          label: 'Link highlights',
          undo: async () => void (await api.unlinkHighlights({ articleId: from.articleId, highlightId: from.highlightId, linkId: made.id })),
          redo: async () => {
            made = await api.linkHighlights({ from, to, relation });
          },
        });
        await reload();
        onDataChanged('links');
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [api, saver, undoStack, reload, reportError, onDataChanged],
  );

  const unlink = useCallback(
    async (highlight: Highlight, removed: HighlightLink) => {
      const here = { articleId: highlight.articleId, highlightId: highlight.id };
      // The link is re-made from its subject, whichever end it was removed from.
      const [from, to] = removed.direction === 'outgoing' ? [here, removed.other] : [removed.other, here];
      let linkId = removed.id;
      try {
        await api.unlinkHighlights({ articleId: highlight.articleId, highlightId: highlight.id, linkId });
        undoStack.push({
          label: 'Remove link',
          undo: async () => {
            linkId = (await api.linkHighlights({ from, to, relation: removed.relation })).id;
          },
          redo: async () => void (await api.unlinkHighlights({ articleId: from.articleId, highlightId: from.highlightId, linkId })),
        });
        await reload();
        onDataChanged('links');
      } catch (error) {
        reportError(error);
      }
    },
    [api, undoStack, reload, reportError, onDataChanged],
  );

  /** Sets the open article's own tags, as one undoable edit. */
  const setArticleTags = useCallback(
    async (tags: string[]): Promise<void> => {
      const shown = current.current.article;
      if (!shown) return;
      const before = shown.articleTags ?? [];
      try {
        const summary = await api.setArticleTags({ articleId: shown.id, tags });
        setArticle((open) => (open?.id === shown.id ? { ...open, articleTags: summary.articleTags } : open));
        undoStack.push({
          label: 'Article tags',
          undo: async () => void (await api.setArticleTags({ articleId: shown.id, tags: before })),
          redo: async () => void (await api.setArticleTags({ articleId: shown.id, tags })),
        });
        onDataChanged('articles', 'tags');
      } catch (error) {
        reportError(error);
      }
    },
    [api, undoStack, reportError, onDataChanged],
  );

  /** Queues the memo as typed; it is sent with the highlight edits, and every flush waits for it. */
  const saveMemo = useCallback((articleId: string, memo: DocNode | null) => saver.scheduleMemo(articleId, memo), [saver]);

  return { article, highlights, selectedId, saveState, open, reload, select, create, update, remove, link, unlink, flush, commitEdits, setArticleTags, saveMemo };
}

// A highlight drawn before the library has answered; it cannot be edited or deleted yet.
function isProvisional(id: string): boolean {
  return id.startsWith('pending-');
}
