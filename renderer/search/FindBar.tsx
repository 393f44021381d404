import { useEffect, type KeyboardEvent, type Ref } from 'react';

interface FindBarProps {
  query: string;
  /** How many words matched, and which one is current (0-based; -1 when none). */
  count: number;
  current: number;
  inputRef: Ref<HTMLInputElement>;
  nextLabel: string;
  previousLabel: string;
  onQueryChange: (query: string) => void;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
}

/**
 * Find in the article: the query (kept from a search when a hit was opened), how many words it
 * matches and which one is marked as current, and next / previous (F3, Shift+F3, Enter, Shift+Enter).
 */
export function FindBar({ query, count, current, inputRef, nextLabel, previousLabel, onQueryChange, onNext, onPrevious, onClose }: FindBarProps) {
  const status = query.trim() === '' ? '' : count === 0 ? 'No matches' : `${current + 1} of ${count}`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) onPrevious();
      else onNext();
    } else if (event.key === 'Escape') {
      // The find bar closes; the app's own Escape (deselect) waits for the next one.
      event.stopPropagation();
      onClose();
    }
  };
  useEffect(() => {
    if (typeof inputRef === 'object' && inputRef?.current && document.activeElement !== inputRef.current && query === '') inputRef.current.focus();
  }, [inputRef, query]);
  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={inputRef}
        type="search"
        aria-label="Find in article"
        placeholder="Find in article"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" role="status">{status}</span>
      <button type="button" className="button button-small" aria-label="Previous match" title={`Previous match (${previousLabel})`} disabled={count === 0} onClick={onPrevious}>↑</button>
      <button type="button" className="button button-small" aria-label="Next match" title={`Next match (${nextLabel})`} disabled={count === 0} onClick={onNext}>↓</button>
      <button type="button" className="button button-quiet button-small" aria-label="Close find" onClick={onClose}>×</button>
    </div>
  );
}
