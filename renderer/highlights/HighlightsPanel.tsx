import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import type { AnchoredHighlight } from '../article/anchored-highlight.js';
import { highlightColorClass } from '../article/highlight-color-class.js';
import type { ColorMeaning } from '../../core/model/color-legend.js';
import type { Highlight } from '../../core/model/highlight.js';
import { colorMeaningOf } from '../settings/color-meaning-of.js';
import { HighlightSummary } from './HighlightSummary.js';
import type { DeletedTeamHighlight, TeamAuthorship } from '../../core/model/team-status.js';
import { analystName } from '../team/use-team-authorship.js';
import { analystsOf, involvesAnalyst } from '../team/analysts-of.js';
import { formatTimeAgo } from '../team/format-time-ago.js';
import { useListWindow } from './use-list-window.js';

interface HighlightsPanelProps {
  anchored: readonly AnchoredHighlight[];
  hasArticle: boolean;
  selectedId: string | null;
  legend: readonly ColorMeaning[];
  highlightKeyLabel: string;
  /** The fields of the selected highlight, drawn inside its entry. */
  editor: ReactNode;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
  /** With a team library: who changed each highlight last, which are in conflict, and how to show a conflict. */
  team?: HighlightsTeam;
}

export interface HighlightsTeam {
  authorship: Readonly<Record<string, TeamAuthorship>>;
  conflicted: ReadonlySet<string>;
  onShowConflict: () => void;
  /** A reader's account: no Delete buttons (the server would refuse the deletion). */
  readOnly?: boolean;
  /** The article's highlights deleted in the team, each restorable as it was. */
  deleted?: readonly DeletedTeamHighlight[];
  onRestore?: (highlight: Highlight) => void;
}

const NO_HIGHLIGHTS: readonly AnchoredHighlight[] = [];

/**
 * The Highlights region: every highlight of the open article in reading order; the selected one opens its fields.
 * Mount one per article (key it by id): the entries are drawn right after the article, not before it.
 */
export function HighlightsPanel({ anchored, hasArticle, selectedId, legend, highlightKeyLabel, editor, onSelect, onDelete, team }: HighlightsPanelProps) {
  const panelRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // A thousand entries cost about as much as the article's own text: React renders them in the
  // background after the article is drawn, so opening an article waits only for its text and highlights.
  const deferred = useDeferredValue(anchored, NO_HIGHLIGHTS);
  // In a team: the highlights one analyst made or last changed, or everyone's.
  const [analyst, setAnalyst] = useState('');
  const analysts = useMemo(() => analystsOf(team?.authorship ?? {}), [team?.authorship]);
  const shownAnalyst = analysts.includes(analyst) ? analyst : '';
  const listed = useMemo(
    () => (shownAnalyst === '' || !team ? deferred : deferred.filter((item) => involvesAnalyst(team.authorship[item.highlight.id], shownAnalyst))),
    [deferred, shownAnalyst, team],
  );
  const analystFilterId = useId();
  const keys = useMemo(() => listed.map((item) => item.highlight.id), [listed]);
  // A long list draws only the entries in view (and the selected one); see useListWindow.
  const { isWindowed, rows, paddingAfter, measure } = useListWindow(keys, selectedId, { scroller: panelRef, list: listRef });
  const isScrollPending = useRef(false);

  useEffect(() => {
    isScrollPending.current = true;
  }, [selectedId]);

  // Once per selection, as soon as its entry is drawn (which may be a render after the selection).
  useEffect(() => {
    const entry = listRef.current?.querySelector<HTMLLIElement>(':scope > li[aria-current="true"]');
    if (!isScrollPending.current || !entry) return;
    isScrollPending.current = false;
    entry.scrollIntoView({ block: 'nearest' });
  });

  return (
    <section ref={panelRef} className="highlights-panel" aria-label="Highlights">
      <h2 className="panel-heading">
        Highlights {anchored.length > 0 && <span className="panel-count">{shownAnalyst === '' ? anchored.length : `${listed.length} of ${anchored.length}`}</span>}
      </h2>
      {analysts.length > 1 && (
        <p className="highlight-analyst-filter">
          <label htmlFor={analystFilterId}>Analyst</label>
          <select id={analystFilterId} value={shownAnalyst} onChange={(event) => setAnalyst(event.target.value)}>
            <option value="">Everyone</option>
            {analysts.map((name) => (
              <option key={name} value={name}>{name}</option>
            ))}
          </select>
        </p>
      )}
      {hasArticle && anchored.length === 0 && (
        <p className="panel-empty">Select a passage in the article and press Highlight ({highlightKeyLabel}) to mark a claim.</p>
      )}
      <ol ref={listRef} className="highlight-list" aria-label="Highlights of this article" style={isWindowed ? { paddingBlockEnd: paddingAfter } : undefined}>
        {rows.map(({ index, marginBefore }) => {
          const { highlight, range } = listed[index]!;
          const place = isWindowed ? { itemRef: measure(highlight.id), marginBefore, position: index + 1, setSize: listed.length } : {};
          const teamFacts = team ? { authorship: team.authorship[highlight.id], isConflicted: team.conflicted.has(highlight.id), onShowConflict: team.onShowConflict, canDelete: team.readOnly !== true } : {};
          return highlight.id === selectedId ? (
            <HighlightCard key={highlight.id} highlight={highlight} isOrphaned={range === null || highlight.orphaned === true} isSelected colorMeaning="" onSelect={onSelect} onDelete={onDelete} {...place} {...teamFacts}>
              {editor}
            </HighlightCard>
          ) : (
            <HighlightCard key={highlight.id} highlight={highlight} isOrphaned={range === null || highlight.orphaned === true} isSelected={false} colorMeaning={colorMeaningOf(legend, highlight.color)} onSelect={onSelect} onDelete={onDelete} {...place} {...teamFacts} />
          );
        })}
      </ol>
      {team?.deleted && team.deleted.length > 0 && (
        <details className="team-deleted">
          <summary>Deleted in the team ({team.deleted.length})</summary>
          <ul aria-label="Highlights deleted in the team">
            {team.deleted.map(({ highlight, deletedBy, deletedAt }) => (
              <li key={highlight.id}>
                <q dir="auto">{highlight.target.quote.exact}</q>
                <span className="team-deleted-by">deleted by {analystName(deletedBy)}, {formatTimeAgo(deletedAt)}</span>
                {team.onRestore && !team.readOnly && (
                  <button type="button" className="button button-small" onClick={() => team.onRestore?.(highlight)}>Restore</button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

interface HighlightCardProps {
  highlight: Highlight;
  isOrphaned: boolean;
  isSelected: boolean;
  colorMeaning: string;
  itemRef?: Ref<HTMLLIElement>;
  /** In a windowed list: room for the entries left out before this one, and its place in the whole list. */
  marginBefore?: number;
  position?: number;
  setSize?: number;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
  authorship?: TeamAuthorship | undefined;
  isConflicted?: boolean;
  onShowConflict?: () => void;
  canDelete?: boolean;
  children?: ReactNode;
}

// Memoised: typing in the selected highlight's fields must not re-render a thousand other entries.
const HighlightCard = memo(function HighlightCard({
  highlight,
  isOrphaned,
  isSelected,
  colorMeaning,
  itemRef,
  marginBefore,
  position,
  setSize,
  onSelect,
  onDelete,
  authorship,
  isConflicted = false,
  onShowConflict,
  canDelete = true,
  children,
}: HighlightCardProps) {
  return (
    <li
      ref={itemRef}
      style={marginBefore ? { marginBlockStart: marginBefore } : undefined}
      aria-posinset={position}
      aria-setsize={setSize}
      className={`highlight-card ${highlightColorClass(highlight.color)}${isSelected ? ' is-selected' : ''}${isOrphaned ? ' is-orphaned' : ''}`}
      aria-current={isSelected ? 'true' : undefined}
      data-highlight-entry={highlight.id}
    >
      <div className="highlight-card-head">
        <button type="button" className="highlight-quote" onClick={() => onSelect(highlight.id)} dir="auto">
          {isOrphaned && <span className="orphaned-badge">orphaned</span>}
          <q>{highlight.target.quote.exact}</q>
        </button>
        {canDelete && (
          <button type="button" className="icon-button" aria-label="Delete highlight" title="Delete highlight (Delete)" onClick={() => onDelete(highlight.id)}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M6 2h4M3 4h10M5 4l.6 9h4.8L11 4" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
        )}
      </div>
      {isOrphaned && <p className="orphaned-note">This passage is no longer in the article’s text.</p>}
      {(authorship || isConflicted) && (
        <p className="highlight-team-line">
          {authorship && <span title={`Made by ${authorship.createdBy}, ${authorship.createdAt}; changed by ${authorship.changedBy}, ${authorship.changedAt}`}>by {analystName(authorship.changedBy)}, {formatTimeAgo(authorship.changedAt)}</span>}
          {isConflicted && (
            <button type="button" className="team-versions-badge" onClick={onShowConflict} title="Changed apart by two analysts: see both versions and keep one">
              2 versions
            </button>
          )}
        </p>
      )}
      {isSelected ? children : <HighlightSummary highlight={highlight} colorMeaning={colorMeaning} />}
    </li>
  );
});
