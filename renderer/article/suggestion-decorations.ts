import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TextPositionMap } from './text-position-map.js';

/** A suggested claim as the plugin draws it: its id and its span of canonical text. */
export interface SuggestionSpan {
  id: string;
  start: number;
  end: number;
}

/** A suggestion placed in the editor: its id and editor positions. */
export interface PlacedSuggestion {
  id: string;
  from: number;
  to: number;
  isCurrent: boolean;
}

/** Key of the plugin; a transaction with this meta (PlacedSuggestion[], from placeSuggestions) replaces what it draws. */
export const suggestionDecorationsKey = new PluginKey<DecorationSet>('suggestionDecorations');

/**
 * Draws the suggested claims as dotted underlines, in a plugin of their own (apart from the
 * highlights', so drawing or dropping a suggestion never rebuilds the highlight decorations).
 * Suggestions arrive after the article is drawn, so the first state has none; they come placed
 * (placeSuggestions), because a plugin's apply cannot rely on another plugin's state being new.
 */
export const SuggestionDecorations = Extension.create({
  name: 'suggestionDecorations',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: suggestionDecorationsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(transaction, previous, _oldState, newState) {
            const placed = transaction.getMeta(suggestionDecorationsKey) as PlacedSuggestion[] | undefined;
            if (placed) return draw(newState, placed);
            return transaction.docChanged ? previous.map(transaction.mapping, transaction.doc) : previous;
          },
        },
        props: {
          decorations: (state) => suggestionDecorationsKey.getState(state),
        },
      }),
    ];
  },
});

/**
 * Editor positions of suggestion spans of canonical text; those that cannot be placed are left out,
 * and so are those that overlap a highlight (`highlighted`, text ranges): an underline crossing a
 * highlight's edge would cut the highlight's span in two, and the passage is marked already. The
 * list beside the article still shows them.
 */
export function placeSuggestions(map: TextPositionMap, spans: readonly SuggestionSpan[], currentId: string | null, highlighted: readonly { start: number; end: number }[] = []): PlacedSuggestion[] {
  const placed: PlacedSuggestion[] = [];
  const overlapsHighlight = overlapTest(highlighted);
  for (const span of spans) {
    if (overlapsHighlight(span)) continue;
    const from = map.toPosition(span.start, 'start');
    const to = map.toPosition(span.end, 'end');
    if (from !== null && to !== null && to > from) placed.push({ id: span.id, from, to, isCurrent: span.id === currentId });
  }
  return placed;
}

/**
 * Whether a span overlaps any of `ranges`, in O(log n) a span: a thousand suggestions against a
 * thousand highlights were a million comparisons on every new highlight. Ranges sorted by start,
 * with the furthest end among each prefix: those starting before the span's end overlap it when
 * the furthest of their ends lies past its start.
 */
function overlapTest(ranges: readonly { start: number; end: number }[]): (span: { start: number; end: number }) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const range of sorted) furthestEnd.push(Math.max(range.end, furthestEnd.at(-1) ?? -Infinity));
  return (span) => {
    // How many ranges start before the span ends.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start < span.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthestEnd[low - 1]! > span.start;
  };
}

function draw(state: EditorState, placed: readonly PlacedSuggestion[]): DecorationSet {
  return DecorationSet.create(
    state.doc,
    placed.map(({ id, from, to, isCurrent }) => Decoration.inline(from, to, { nodeName: 'span', class: isCurrent ? 'claim-suggestion is-current' : 'claim-suggestion', 'data-suggestion-id': id, ...(isCurrent ? { 'aria-current': 'true' } : {}) }, { id })),
  );
}
