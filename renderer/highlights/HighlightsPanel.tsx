import { useEffect, useRef } from 'react';
import type { ApiArguments, ResearchNotesApi } from '../../core/api/contract.js';
import type { AnchoredHighlight } from '../article/anchored-highlight.js';
import { highlightColorClass } from '../article/highlight-color-class.js';
import { highlightShortcut } from '../keyboard/highlight-shortcut.js';
import { HighlightEditor } from './HighlightEditor.js';

type HighlightPatch = ApiArguments<'updateHighlight'>['patch'];

interface HighlightsPanelProps {
  api: ResearchNotesApi;
  anchored: readonly AnchoredHighlight[];
  hasArticle: boolean;
  selectedId: string | null;
  focusClaimantOf: string | null;
  onClaimantFocused: () => void;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
  onChange: (id: string, patch: HighlightPatch) => void;
  onCommit: () => void;
  onError: (error: unknown) => void;
}

/** The Highlights region: every highlight of the open article in reading order; the selected one opens its fields. */
export function HighlightsPanel(props: HighlightsPanelProps) {
  const { anchored, hasArticle, selectedId } = props;
  const selectedRef = useRef<HTMLLIElement>(null);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <section className="highlights-panel" aria-label="Highlights">
      <h2 className="panel-heading">
        Highlights {anchored.length > 0 && <span className="panel-count">{anchored.length}</span>}
      </h2>
      {hasArticle && anchored.length === 0 && (
        <p className="panel-empty">Select a passage in the article and press Highlight ({highlightShortcut.label}) to mark a claim.</p>
      )}
      <ol className="highlight-list" aria-label="Highlights of this article">
        {anchored.map(({ highlight, range }) => {
          const isSelected = highlight.id === selectedId;
          const isOrphaned = range === null;
          return (
            <li
              key={highlight.id}
              ref={isSelected ? selectedRef : undefined}
              className={`highlight-card ${highlightColorClass(highlight.color)}${isSelected ? ' is-selected' : ''}${isOrphaned ? ' is-orphaned' : ''}`}
              aria-current={isSelected ? 'true' : undefined}
            >
              <div className="highlight-card-head">
                <button type="button" className="highlight-quote" onClick={() => props.onSelect(highlight.id)} dir="auto">
                  {isOrphaned && <span className="orphaned-badge">orphaned</span>}
                  <q>{highlight.target.quote.exact}</q>
                </button>
                <button type="button" className="icon-button" aria-label="Delete highlight" title="Delete highlight (Delete)" onClick={() => props.onDelete(highlight.id)}>
                  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M6 2h4M3 4h10M5 4l.6 9h4.8L11 4" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                </button>
              </div>
              {isOrphaned && <p className="orphaned-note">This passage is no longer in the article’s text.</p>}
              {isSelected ? (
                <HighlightEditor
                  api={props.api}
                  highlight={highlight}
                  shouldFocusClaimant={props.focusClaimantOf === highlight.id}
                  onClaimantFocused={props.onClaimantFocused}
                  onChange={(patch) => props.onChange(highlight.id, patch)}
                  onCommit={props.onCommit}
                  onError={props.onError}
                />
              ) : (
                <HighlightSummary claimant={highlight.claimant} tags={highlight.tags} note={highlight.note} />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function HighlightSummary({ claimant, tags, note }: { claimant: string; tags: readonly string[]; note: string }) {
  if (!claimant && tags.length === 0 && !note) return null;
  return (
    <div className="highlight-summary">
      {claimant && <p className="summary-claimant" dir="auto">{claimant}</p>}
      {tags.length > 0 && (
        <p className="summary-tags">
          {tags.map((tag) => (
            <span key={tag} className="summary-tag" dir="auto">{tag}</span>
          ))}
        </p>
      )}
      {note && <p className="summary-note" dir="auto">{note}</p>}
    </div>
  );
}
