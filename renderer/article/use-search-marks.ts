import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import { DecorationSet } from '@tiptap/pm/view';
import { readDomSelection } from './read-dom-selection.js';
import { searchMarksKey, type SearchMarkSpec } from './search-marks.js';
import type { TextPositionMap } from './text-position-map.js';
import type { TextRange } from './text-range.js';

/** What to mark in the article: text ranges of the canonical text, and the current one's index (-1: none). */
export interface SearchMarksRequest {
  ranges: readonly TextRange[];
  current: number;
}

/** Draws the search marks of a request and brings the current one into view when it changes. */
export function useSearchMarks(editor: Editor | null, map: TextPositionMap | null, request: SearchMarksRequest | null): void {
  const ranges = request?.ranges ?? null;
  const current = request?.current ?? -1;
  useEffect(() => {
    if (!editor || !map) return;
    const positions: SearchMarkSpec['ranges'] = (ranges ?? []).flatMap(({ start, end }) => {
      const from = map.toPosition(start, 'start');
      const to = map.toPosition(end, 'end');
      return from !== null && to !== null && from < to ? [{ from, to }] : [];
    });
    // Nothing drawn and nothing to draw (an article opened without a search): no transaction at all.
    if (positions.length === 0 && searchMarksKey.getState(editor.state) === DecorationSet.empty) return;
    // The reader's own text selection survives the redraw (as the highlights' effects keep it).
    const transaction = editor.state.tr.setSelection(readDomSelection(editor.view));
    editor.view.dispatch(transaction.setMeta(searchMarksKey, { ranges: positions, current }).setMeta('addToHistory', false));
    if (current < 0) return;
    const mark = editor.view.dom.querySelector('mark.search-mark.is-current');
    const isMotionReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark?.scrollIntoView({ block: 'center', behavior: isMotionReduced ? 'auto' : 'smooth' });
  }, [editor, map, ranges, current]);
}
