import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../core/model/article.js';
import type { TextPositionMap } from './text-position-map.js';
import { useApi } from '../api/api-context.js';

/** A pause in scrolling this long (ms) stores the position: one write per stop, not one per frame. */
const SAVE_AFTER_MS = 700;
/** How far below the top of the view (px) the reading line is taken, clear of a line cut in half. */
const READING_LINE_PX = 12;

/**
 * Remembers where the reader is in an article (the canonical-text offset at the top of the view,
 * stored with the article, so it survives a restart and a different window size) and scrolls
 * back there when the article opens, unless it opens on a highlight (`isOpenedAtHighlight`).
 */
export function useReadingPosition(article: Article, editor: Editor | null, map: TextPositionMap | null, isOpenedAtHighlight: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!editor || !map) return;
    const view = editor.view;
    const container = view.dom.closest<HTMLElement>('.article-region');
    if (!container) return;
    const saved = article.readingPosition ?? 0;
    let stored = saved;
    let frame = 0;
    if (saved > 0 && !isOpenedAtHighlight) {
      // After the first layout, so the coordinates are those of the drawn article.
      frame = requestAnimationFrame(() => {
        const position = map.toPosition(Math.min(saved, map.text.length), 'start');
        if (position === null) return;
        const top = view.coordsAtPos(position).top;
        container.scrollTop += top - container.getBoundingClientRect().top - READING_LINE_PX;
      });
    }
    const offsetAtTop = (): number => {
      const box = container.getBoundingClientRect();
      const text = view.dom.getBoundingClientRect();
      // The title and memo are still in view: the reader is at the start.
      if (text.top >= box.top) return 0;
      const found = view.posAtCoords({ left: text.left + 4, top: box.top + READING_LINE_PX });
      return found ? map.toOffset(found.pos) : stored;
    };
    // Read where the reader is once per frame while scrolling (the article is still laid out then);
    // stored once the scrolling pauses, or at once when the article closes or the page goes.
    let latest = stored;
    let reading = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const save = () => {
      timer = null;
      if (latest === stored) return;
      stored = latest;
      // A lost position is a small loss; it must never interrupt reading with an error.
      api.setReadingPosition({ articleId: article.id, offset: latest }).catch(() => undefined);
    };
    const onScroll = () => {
      if (reading === 0) {
        reading = requestAnimationFrame(() => {
          reading = 0;
          latest = offsetAtTop();
        });
      }
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    };
    const saveNow = () => {
      if (timer === null) return;
      clearTimeout(timer);
      save();
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', saveNow);
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(reading);
      container.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', saveNow);
      // Switching to another article right after scrolling still remembers this one.
      saveNow();
    };
  }, [api, article.id, editor, map]); // eslint-disable-line react-hooks/exhaustive-deps
}
