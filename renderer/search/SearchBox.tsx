import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import type { SearchHit } from '../../core/model/search-hit.js';
import { Snippet } from './Snippet.js';
import { useSearch } from './use-search.js';

interface SearchBoxProps {
  api: ResearchNotesApi;
  inputRef: Ref<HTMLInputElement>;
  shortcutLabel: string;
  onOpen: (hit: SearchHit) => void;
  onError: (error: unknown) => void;
}

/** The library search: results as you type, ranked, with snippets; Enter or a click opens one in context. */
export function SearchBox({ api, inputRef, shortcutLabel, onOpen, onError }: SearchBoxProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const { hits, isSearching } = useSearch(api, query, 20, onError);
  const isOpen = query.trim().length > 0;

  const open = (hit: SearchHit) => {
    onOpen(hit);
    setQuery('');
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
          setActiveIndex(0);
        }}
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
