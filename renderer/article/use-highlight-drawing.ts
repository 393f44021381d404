import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import type { AnchoredHighlight } from './anchored-highlight.js';
import { areDecorationSpecsEqual } from './are-decoration-specs-equal.js';
import type { HighlightDecorationSpec } from './highlight-decoration-spec.js';
import { highlightDecorationSpecs } from './highlight-decoration-specs.js';
import { highlightDecorationsKey, selectedHighlightKey } from './highlight-decorations.js';
import { readDomSelection } from './read-dom-selection.js';
import type { TextPositionMap } from './text-position-map.js';

/** A highlight drawn ahead of the app's state; settled with the id it is stored under, or null when it was not stored. */
export interface DrawnAhead {
  settle(id: string | null): void;
}

/**
 * Keeps the article's highlight decorations equal to its highlights (and the selected one outlined),
 * and draws a new highlight at once when asked (`drawAhead`): the key press that makes one then costs
 * one small transaction, and the window's re-render with the new highlight follows after the frame
 * that shows it. A highlight drawn ahead stays drawn until the app's highlights hold it.
 */
export function useHighlightDrawing(editor: Editor | null, map: TextPositionMap | null, anchored: readonly AnchoredHighlight[], selectedId: string | null) {
  // Editor positions of the highlights: recomputed when the highlights change, but a field edit
  // (same targets, same colours) yields an equal list and so never touches the decorations.
  const specs = useMemo(() => (map ? highlightDecorationSpecs(anchored, map) : null), [map, anchored]);
  const latest = useRef({ specs, selectedId });
  latest.current = { specs, selectedId };
  const ahead = useRef(new Map<string, HighlightDecorationSpec>());

  /** Draws the app's highlights and those drawn ahead that the app does not hold yet; no transaction when nothing changes. */
  const draw = useCallback(() => {
    const known = latest.current.specs;
    if (!editor || editor.isDestroyed || !known) return;
    for (const spec of known) ahead.current.delete(spec.id);
    const wanted = ahead.current.size > 0 ? [...known, ...ahead.current.values()] : known;
    // Equal at mount (the first state already holds them): no transaction, so no second layout of the article.
    if (areDecorationSpecsEqual(highlightDecorationsKey.getState(editor.state)?.specs ?? [], wanted)) return;
    const transaction = editor.state.tr.setSelection(readDomSelection(editor.view));
    editor.view.dispatch(transaction.setMeta(highlightDecorationsKey, wanted).setMeta(selectedHighlightKey, latest.current.selectedId).setMeta('addToHistory', false));
  }, [editor]);

  useEffect(draw, [draw, specs]);

  useEffect(() => {
    if (!editor || selectedHighlightKey.getState(editor.state)?.id === selectedId) return;
    const transaction = editor.state.tr.setSelection(readDomSelection(editor.view));
    editor.view.dispatch(transaction.setMeta(selectedHighlightKey, selectedId).setMeta('addToHistory', false));
  }, [editor, selectedId]);

  const drawAhead = useCallback(
    (highlight: AnchoredHighlight): DrawnAhead | null => {
      if (!map) return null;
      const [spec] = highlightDecorationSpecs([highlight], map);
      if (!spec) return null;
      ahead.current.set(spec.id, spec);
      draw();
      return {
        settle(id) {
          // Once the app's highlights hold it, they draw it, and the id swap is theirs too.
          if (!ahead.current.delete(spec.id)) return;
          // Stored before the app's highlights held it: drawn under its new id until they do (no frame without it).
          if (id !== null && !latest.current.specs?.some((known) => known.id === id)) ahead.current.set(id, { ...spec, id });
          draw();
        },
      };
    },
    [map, draw],
  );

  return { drawAhead };
}
