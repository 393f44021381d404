import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { SearchHit } from '../../core/model/search-hit.js';
import { Snippet } from './Snippet.js';
import { useSearch } from './use-search.js';

interface SearchBoxProps {
  inputRef: Ref<HTMLInputElement>;
  shortcutLabel: string;
  /** Opens a hit; `query` is what was searched, for marking its words in the article. */
  onOpen: (hit: SearchHit, query: string) => void;
  onError: (error: unknown) => void;
}

/**
 * The library search: results as you type, ranked, with snippets; Enter or a click opens one in
 * context (with its words marked, see App). The query is kept after a hit is opened: focusing the
 * box again shows the same results.
 */
export function SearchBox({ inputRef, shortcutLabel, onOpen, onError }: SearchBoxProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [isListed, setListed] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const { hits, isSearching } = useSearch(query, 20, onError);
  const isOpen = isListed && query.trim().length > 0;

  const open = (hit: SearchHit) => {
    onOpen(hit, query);
    setListed(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      setActiveIndex((index) => (index + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setActiveIndex((index) => (index <= 0 ? hits.length - 1 : index - 1));
    } else if (event.key === 'Enter' && hits[activeIndex]) {
      event.preventDefault();
      open(hits[activeIndex]);
    } else if (event.key === 'Escape' && isOpen) {
      event.stopPropagation();
      setListed(false);
    } else if (event.key === 'Escape' && query) {
      event.stopPropagation();
      setQuery('');
    }
  };

  return (
    <div className="search-box">
      <input
        ref={inputRef}
        type="search"
        role="searchbox"
        aria-label="Search"
        placeholder={`Search (${shortcutLabel})`}
        value={query}
        aria-controls={isOpen ? `${id}-results` : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setListed(true);
          setActiveIndex(0);
        }}
        onFocus={() => setListed(true)}
        onKeyDown={onKeyDown}
      />
      {isOpen && (
        <div className="search-results" id={`${id}-results`}>
          <ul aria-label="Search results" aria-busy={isSearching}>
            {hits.map((hit, index) => (
              <li key={`${hit.articleId}/${hit.highlightId ?? ''}`}>
                <button type="button" className={`search-hit${index === activeIndex ? ' is-active' : ''}`} onClick={() => open(hit)}>
                  <span className="search-hit-title" dir="auto">
                    {hit.kind === 'highlight' && <span className="search-hit-kind">Highlight · </span>}
                    {hit.title}
                  </span>
                  <Snippet parts={hit.snippet} />
                </button>
              </li>
            ))}
          </ul>
          {!isSearching && hits.length === 0 && <p className="quiet-status search-empty">Nothing found.</p>}
        </div>
      )}
    </div>
  );
}
