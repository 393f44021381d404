import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import type { ClaimSuggestion } from '../../core/model/claim-suggestion.js';
import './suggestions.css';

interface SuggestedClaimsPanelProps {
  suggestions: readonly ClaimSuggestion[];
  currentId: string | null;
  onSelect: (id: string) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
}

const KIND_LABELS: Record<ClaimSuggestion['kind'], string> = { direct: 'quote', indirect: 'paraphrase', mixed: 'partly quoted' };

/**
 * The "Suggested claims" list beside the article: who said what, as the claim finder read it.
 * Enter on an entry (or anywhere while it is current) accepts it as a highlight, Delete dismisses
 * it for good, J and K move between entries. A long article has a thousand suggestions or more:
 * the panel and each entry are memoised (the callbacks must be stable), so a render of the window
 * for something else, such as a new highlight or a text selection, leaves their DOM alone.
 */
export const SuggestedClaimsPanel = memo(function SuggestedClaimsPanel({ suggestions, currentId, onSelect, onAccept, onDismiss }: SuggestedClaimsPanelProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (currentId === null) return;
    listRef.current?.querySelector(`[data-suggestion-entry="${CSS.escape(currentId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  return (
    <aside className="suggestions-panel" aria-label="Suggested claims">
      <h2 className="panel-heading">
        Suggested claims {suggestions.length > 0 && <span className="panel-count">{suggestions.length}</span>}
      </h2>
      {suggestions.length === 0 ? (
        <p className="panel-empty">No attributed statements found in this article.</p>
      ) : (
        <p className="suggestions-help">J and K move, Enter accepts, Delete dismisses.</p>
      )}
      <ol ref={listRef} className="suggestion-list" aria-label="Suggested claims of this article">
        {suggestions.map((suggestion) => (
          <SuggestionEntry key={suggestion.id} suggestion={suggestion} isCurrent={suggestion.id === currentId} onSelect={onSelect} onAccept={onAccept} onDismiss={onDismiss} />
        ))}
      </ol>
    </aside>
  );
});

interface SuggestionEntryProps {
  suggestion: ClaimSuggestion;
  isCurrent: boolean;
  onSelect: (id: string) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
}

const SuggestionEntry = memo(function SuggestionEntry({ suggestion, isCurrent, onSelect, onAccept, onDismiss }: SuggestionEntryProps) {
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
    <li className={`suggestion-card${isCurrent ? ' is-current' : ''}`} aria-current={isCurrent ? 'true' : undefined} data-suggestion-entry={id}>
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
