import { useState } from 'react';
import type { LibraryQuery } from './use-library.js';

interface LibraryFiltersProps {
  query: LibraryQuery;
  onChange: (query: LibraryQuery) => void;
}

/** Sort order of the library list, and (folded away) its filters by tag, claimant, source and date. */
export function LibraryFilters({ query, onChange }: LibraryFiltersProps) {
  const [isOpen, setOpen] = useState(false);
  const set = (patch: Partial<LibraryQuery>) => {
    const next: LibraryQuery = { ...query, ...patch };
    for (const key of Object.keys(next) as (keyof LibraryQuery)[]) if (!next[key]) delete next[key];
    onChange(next);
  };
  const activeCount = ['tag', 'claimant', 'source', 'from', 'to'].filter((key) => query[key as keyof LibraryQuery]).length;
  return (
    <div className="library-filters">
      <div className="field-row">
        <label className="inline-field">
          <span className="field-label">Sort</span>
          <select aria-label="Sort library by" value={query.sort ?? 'imported'} onChange={(event) => set({ sort: event.target.value as LibraryQuery['sort'] })}>
            <option value="imported">Imported</option>
            <option value="published">Published</option>
            <option value="title">Title</option>
          </select>
        </label>
        <button type="button" className="button button-small" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
          Filter{activeCount > 0 ? ` (${activeCount})` : ''}
        </button>
      </div>
      {isOpen && (
        <div className="library-filter-fields" role="group" aria-label="Library filters">
          <label className="field">
            <span className="field-label">Tag</span>
            <input type="text" aria-label="Library tag" placeholder="of the article or a highlight" value={query.tag ?? ''} onChange={(event) => set({ tag: event.target.value })} />
          </label>
          <label className="field">
            <span className="field-label">Claimant</span>
            <input type="text" aria-label="Library claimant" value={query.claimant ?? ''} onChange={(event) => set({ claimant: event.target.value })} />
          </label>
          <label className="field">
            <span className="field-label">Source</span>
            <input type="text" aria-label="Library source" placeholder="site, file or URL" value={query.source ?? ''} onChange={(event) => set({ source: event.target.value })} />
          </label>
          <span className="field-row">
            <label className="field">
              <span className="field-label">Published from</span>
              <input type="date" value={query.from ?? ''} onChange={(event) => set({ from: event.target.value })} />
            </label>
            <label className="field">
              <span className="field-label">Published to</span>
              <input type="date" value={query.to ?? ''} onChange={(event) => set({ to: event.target.value })} />
            </label>
          </span>
          {activeCount > 0 && <button type="button" className="link-button" onClick={() => onChange(query.sort ? { sort: query.sort } : {})}>Clear filters</button>}
        </div>
      )}
    </div>
  );
}
