import { useEffect, useState } from 'react';
import type { HighlightQueryResult, TagChange } from '../../core/api/contract.js';
import type { Highlight } from '../../core/model/highlight.js';
import type { HighlightFilter } from '../../core/model/highlight-filter.js';
import type { HighlightRef } from '../../core/model/highlight-link.js';
import { highlightColorClass } from '../article/highlight-color-class.js';
import { GradeBadge } from '../highlights/GradeBadge.js';
import { claimDate } from '../../core/rules/claim-date.js';
import { ClaimsFilterForm } from './ClaimsFilterForm.js';
import { SavedFilters } from './SavedFilters.js';
import { useApi } from '../api/api-context.js';

interface ClaimsViewProps {
  filter: HighlightFilter;
  claimKinds: readonly string[];
  version: number;
  onFilterChange: (filter: HighlightFilter) => void;
  onOpen: (ref: HighlightRef) => void;
  /** The claim whose fields the side panel shows (chosen with its Edit button), and its edits as they are typed. */
  selectedId: string | null;
  liveHighlight: Highlight | null;
  onSelect: (ref: HighlightRef) => void;
  /** How many claims the filter shows, for the toolbar's exports. */
  onTotal: (total: number) => void;
  onTagged: (label: string, change: TagChange, run: () => Promise<TagChange>) => void;
  onError: (error: unknown) => void;
}

// Typing in a filter field waits this long before asking the library again.
const QUERY_DELAY_MS = 200;
const PAGE_SIZE = 500;

/** The claims view: highlights across the library matching a filter, each with its article and date; many can be tagged at once. */
export function ClaimsView({ filter, claimKinds, version, onFilterChange, onOpen, selectedId, liveHighlight, onSelect, onTotal, onTagged, onError }: ClaimsViewProps) {
  const api = useApi();
  const [result, setResult] = useState<HighlightQueryResult | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [bulkTag, setBulkTag] = useState('');

  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      api.queryHighlights({ filter, limit: PAGE_SIZE }).then((found) => isCurrent && setResult(found), (error: unknown) => isCurrent && onError(error));
    }, QUERY_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [api, filter, version, onError]);

  useEffect(() => {
    onTotal(result?.total ?? 0);
  }, [result, onTotal]);

  const items = result?.items ?? [];
  const checkedRefs: HighlightRef[] = items.filter((item) => checked.has(item.highlight.id)).map((item) => ({ articleId: item.article.id, highlightId: item.highlight.id }));

  const toggle = (id: string) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const tagChecked = async (mode: 'add' | 'remove') => {
    const tag = bulkTag.trim();
    if (!tag || checkedRefs.length === 0) return;
    const refs = checkedRefs;
    const run = () => api.tagHighlights({ refs, add: mode === 'add' ? [tag] : [], remove: mode === 'remove' ? [tag] : [] });
    try {
      const change = await run();
      onTagged(`${mode === 'add' ? 'Tag' : 'Untag'} ${refs.length} highlights`, change, run);
      setBulkTag('');
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="claims-view" aria-label="Claims">
      <header className="claims-head">
        <h1 className="claims-title">Claims</h1>
        <SavedFilters filter={filter} onOpen={onFilterChange} onError={onError} />
      </header>
      <ClaimsFilterForm filter={filter} claimKinds={claimKinds} onChange={onFilterChange} />
      <div className="bulk-bar" role="toolbar" aria-label="Selected claims">
        <label className="checkbox">
          <input
            type="checkbox"
            aria-label="Select all claims"
            checked={items.length > 0 && checked.size === items.length}
            onChange={(event) => setChecked(event.target.checked ? new Set(items.map((item) => item.highlight.id)) : new Set())}
          />
          {checkedRefs.length > 0 ? `${checkedRefs.length} selected` : `${result?.total ?? 0} ${result?.total === 1 ? 'claim' : 'claims'}`}
        </label>
        <label className="inline-field bulk-tag">
          <span className="field-label">Tag</span>
          <input type="text" aria-label="Tag for the selected claims" placeholder="for the selected claims" value={bulkTag} onChange={(event) => setBulkTag(event.target.value)} disabled={checkedRefs.length === 0} />
        </label>
        <button type="button" className="button button-small" disabled={checkedRefs.length === 0 || !bulkTag.trim()} onClick={() => void tagChecked('add')}>Add tag to selected</button>
        <button type="button" className="button button-small" disabled={checkedRefs.length === 0 || !bulkTag.trim()} onClick={() => void tagChecked('remove')}>Remove tag from selected</button>
      </div>
      <ol className="claims-list" aria-label="Claims found">
        {items.map(({ highlight: found, article }) => {
          // The claim being edited in the side panel shows its edits at once.
          const highlight = liveHighlight?.id === found.id ? liveHighlight : found;
          const day = claimDate(highlight, article.publishedTime);
          const isSelected = highlight.id === selectedId;
          return (
            <li key={highlight.id} className={`claim-row ${highlightColorClass(highlight.color)}${isSelected ? ' is-selected' : ''}`} aria-current={isSelected ? 'true' : undefined}>
              <input type="checkbox" aria-label={`Select claim: ${highlight.target.quote.exact.slice(0, 60)}`} checked={checked.has(highlight.id)} onChange={() => toggle(highlight.id)} />
              <div className="claim-body">
                <button type="button" id={`claim-quote-${highlight.id}`} className="claim-quote" dir="auto" title="Open in its article" onClick={() => onOpen({ articleId: article.id, highlightId: highlight.id })}>
                  <q>{highlight.target.quote.exact}</q>
                </button>
                <p className="claim-meta">
                  <GradeBadge grading={highlight.grading} />
                  {highlight.claimant && <span className="summary-claimant" dir="auto">{highlight.claimant}</span>}
                  {highlight.claim?.about && <span>about {highlight.claim.about}</span>}
                  {highlight.claim?.kind && <span className="summary-kind">{highlight.claim.kind}</span>}
                  <span className="claim-article" dir="auto">{article.title}</span>
                  {day && <time dateTime={day}>{day}</time>}
                </p>
                {highlight.tags.length > 0 && (
                  <p className="summary-tags">{highlight.tags.map((tag) => <span key={tag} className="summary-tag" dir="auto">{tag}</span>)}</p>
                )}
                {highlight.note.trim() && <p className="claim-note" dir="auto">{highlight.note}</p>}
              </div>
              <button
                type="button"
                className="button button-small claim-edit"
                aria-describedby={`claim-quote-${highlight.id}`}
                aria-pressed={isSelected}
                onClick={() => onSelect({ articleId: article.id, highlightId: highlight.id })}
              >
                Edit
              </button>
            </li>
          );
        })}
      </ol>
      {result && items.length === 0 && <p className="panel-empty">No claims match this filter.</p>}
      {result && result.total > items.length && <p className="quiet-status">Showing the first {items.length} of {result.total}.</p>}
    </section>
  );
}
