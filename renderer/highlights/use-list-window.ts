import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { listWindow, type ListWindow } from './list-window.js';

/** Where the list is drawn: the element that scrolls it and the list element inside. */
interface ListWindowElements {
  scroller: RefObject<HTMLElement | null>;
  list: RefObject<HTMLElement | null>;
}

// Below this many rows every row is drawn: a short list costs little, and it stays whole for find-in-page.
const WINDOWED_FROM = 200;
// Before a row has been drawn and measured: about a highlight card with a three-line quote and a summary line.
const ESTIMATED_HEIGHT = 88;
// Drawn beyond the view on both sides, so a scroll by a wheel turn shows rows already there.
const OVERSCAN_PX = 600;

/**
 * Which rows of a long list to draw: those in or near the scroller's view, and the pinned one (the
 * selected entry, which holds the focus while its fields are edited). The rows left out keep their
 * place as margins (measured heights once drawn, an estimate before), so the scrollbar stays true.
 * A thousand highlight entries are then a few dozen elements: a new highlight, a save, any change in
 * the window no longer lays out, checks the visibility of, and paints a thousand cards each frame.
 */
export function useListWindow(keys: readonly string[], pinnedKey: string | null, { scroller, list }: ListWindowElements, estimatedHeight = ESTIMATED_HEIGHT): ListWindow & { measure: (key: string) => (element: HTMLElement | null) => void } {
  const isWindowed = keys.length >= WINDOWED_FROM;
  const heights = useRef(new Map<string, number>());
  const [view, setView] = useState({ top: 0, height: 1_000 });
  // The list's own row gap (CSS), so the left-out rows take the room the list would give them.
  const [gapPx, setGapPx] = useState(0);
  const [measured, setMeasured] = useState(0);

  useEffect(() => {
    const scrolling = scroller.current;
    if (!isWindowed || !scrolling) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const listTop = (list.current?.offsetTop ?? 0) - scrolling.offsetTop;
      setView((previous) => {
        const next = { top: scrolling.scrollTop - listTop, height: scrolling.clientHeight };
        return Math.abs(next.top - previous.top) < 1 && next.height === previous.height ? previous : next;
      });
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    setGapPx(list.current ? Number.parseFloat(getComputedStyle(list.current).rowGap) || 0 : 0);
    read();
    scrolling.addEventListener('scroll', onScroll, { passive: true });
    const resizes = new ResizeObserver(onScroll);
    resizes.observe(scrolling);
    return () => {
      cancelAnimationFrame(frame);
      scrolling.removeEventListener('scroll', onScroll);
      resizes.disconnect();
    };
  }, [isWindowed, scroller, list]);

  // One observer for the drawn rows: a height that differs from the one assumed moves the rows after it.
  const rowsByElement = useRef(new Map<Element, string>());
  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let isChanged = false;
            for (const entry of entries) {
              const key = rowsByElement.current.get(entry.target);
              const height = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
              if (key === undefined || height === 0 || heights.current.get(key) === height) continue;
              heights.current.set(key, height);
              isChanged = true;
            }
            if (isChanged) setMeasured((count) => count + 1);
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  const refs = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const measure = useCallback(
    (key: string) => {
      let ref = refs.current.get(key);
      if (!ref) {
        let observed: HTMLElement | null = null;
        ref = (element) => {
          if (observed) {
            observer?.unobserve(observed);
            rowsByElement.current.delete(observed);
          }
          observed = element;
          if (!element) return;
          rowsByElement.current.set(element, key);
          observer?.observe(element);
        };
        refs.current.set(key, ref);
      }
      return ref;
    },
    [observer],
  );

  const window = useMemo(
    () => {
      // A row not drawn yet is taken to be as tall as the drawn ones were on average (the estimate
      // only until one is measured), so the room left for the end of the list, and the place the
      // last rows are drawn at after a jump there, is close to the truth.
      const guess = meanOf(heights.current.values()) ?? estimatedHeight;
      return listWindow(keys, (key) => heights.current.get(key) ?? guess, gapPx, isWindowed ? { top: view.top - OVERSCAN_PX, bottom: view.top + view.height + OVERSCAN_PX } : null, pinnedKey);
    },
    [keys, gapPx, isWindowed, view, pinnedKey, measured, estimatedHeight], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return { ...window, measure };
}

function meanOf(values: Iterable<number>): number | undefined {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    sum += value;
    count += 1;
  }
  return count === 0 ? undefined : sum / count;
}
