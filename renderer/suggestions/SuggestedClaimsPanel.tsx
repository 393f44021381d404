import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import type { ClaimSuggestion } from '../../core/model/claim-suggestion.js';
import { useListWindow } from '../highlights/use-list-window.js';
import './suggestions.css';

interface SuggestedClaimsPanelProps {
  suggestions: readonly ClaimSuggestion[];
  currentId: string | null;
  onSelect: (id: string) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
}

// Before any entry has been drawn and measured: a card with its claimant, cue line, a two-line quote
// and its buttons (about 150 px in the 300 px column).
const ESTIMATED_ENTRY_HEIGHT = 150;

const KIND_LABELS: Record<ClaimSuggestion['kind'], string> = { direct: 'quote', indirect: 'paraphrase', mixed: 'partly quoted' };

/**
 * The "Suggested claims" list beside the article: who said what, as the claim finder read it.
 * Enter on an entry (or anywhere while it is current) accepts it as a highlight, Delete dismisses
 * it for good, J and K move between entries. A long article has a thousand suggestions or more:
 * only the entries in view and the current one are drawn (useListWindow), and the panel and each
 * entry are memoised (the callbacks must be stable), so a render of the window for something else,
 * such as a new highlight or a text selection, leaves their DOM alone.
 */
export const SuggestedClaimsPanel = memo(function SuggestedClaimsPanel({ suggestions, currentId, onSelect, onAccept, onDismiss }: SuggestedClaimsPanelProps) {
  const panelRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const keys = useMemo(() => suggestions.map((suggestion) => suggestion.id), [suggestions]);
  const { isWindowed, rows, paddingAfter, measure } = useListWindow(keys, currentId, { scroller: panelRef, list: listRef }, ESTIMATED_ENTRY_HEIGHT);
  useEffect(() => {
    if (currentId === null) return;
    const entry = listRef.current?.querySelector(`[data-suggestion-entry="${CSS.escape(currentId)}"]`);
    entry?.scrollIntoView({ block: 'nearest' });
    // The focus goes along when it is in the list, so Enter and Delete act on the entry J or K made
    // current, not on the one clicked before.
    if (entry && panelRef.current?.contains(document.activeElement) && !entry.contains(document.activeElement)) {
      entry.querySelector<HTMLElement>('.suggestion-quote')?.focus({ preventScroll: true });
    }
  }, [currentId]);

  return (
    <aside ref={panelRef} className="suggestions-panel" aria-label="Suggested claims">
      <h2 className="panel-heading">
        Suggested claims {suggestions.length > 0 && <span className="panel-count">{suggestions.length}</span>}
      </h2>
      {suggestions.length === 0 ? (
        <p className="panel-empty">No attributed statements found in this article.</p>
      ) : (
        <p className="suggestions-help">J and K move, Enter accepts, Delete dismisses.</p>
      )}
      <ol ref={listRef} className="suggestion-list" aria-label="Suggested claims of this article" style={isWindowed ? { paddingBlockEnd: paddingAfter } : undefined}>
        {rows.map(({ index, marginBefore }) => {
          const suggestion = suggestions[index]!;
          const place = isWindowed ? { itemRef: measure(suggestion.id), marginBefore, position: index + 1, setSize: suggestions.length } : {};
          return <SuggestionEntry key={suggestion.id} suggestion={suggestion} isCurrent={suggestion.id === currentId} onSelect={onSelect} onAccept={onAccept} onDismiss={onDismiss} {...place} />;
        })}
      </ol>
    </aside>
  );
});

interface SuggestionEntryProps {
  suggestion: ClaimSuggestion;
  isCurrent: boolean;
  itemRef?: Ref<HTMLLIElement>;
  /** In a windowed list: room for the entries left out before this one, and its place in the whole list. */
  marginBefore?: number;
  position?: number;
  setSize?: number;
  onSelect: (id: string) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
}

const SuggestionEntry = memo(function SuggestionEntry({ suggestion, isCurrent, itemRef, marginBefore, position, setSize, onSelect, onAccept, onDismiss }: SuggestionEntryProps) {
  const { id } = suggestion;
  const onQuoteKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    // The entry's own button takes Enter and Delete, so the window's shortcuts do not run as well.
    if (event.key === 'Enter') onAccept(id);
    else if (event.key === 'Delete') onDismiss(id);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <li
      ref={itemRef}
      style={marginBefore ? { marginBlockStart: marginBefore } : undefined}
      aria-posinset={position}
      aria-setsize={setSize}
      className={`suggestion-card${isCurrent ? ' is-current' : ''}`}
      aria-current={isCurrent ? 'true' : undefined} data-suggestion-entry={id}>
      <button type="button" className="suggestion-quote" onClick={() => onSelect(id)} onKeyDown={onQuoteKey} dir="auto">
        <span className="suggestion-claimant">{suggestion.claimant}</span>
        {suggestion.role && <span className="suggestion-role">{suggestion.role}</span>}
        <span className="suggestion-meta">
          {suggestion.cue} · {KIND_LABELS[suggestion.kind]} · {Math.round(suggestion.confidence * 100)}% sure
        </span>
        <q className="suggestion-text">{suggestion.target.quote.exact}</q>
      </button>
      <div className="suggestion-actions">
        <button type="button" className="button button-small button-primary" onClick={() => onAccept(id)}>Accept</button>
        <button type="button" className="button button-small" onClick={() => onDismiss(id)}>Dismiss</button>
      </div>
    </li>
  );
});
