import type { Highlight } from '../../core/model/highlight.js';
import { GradeBadge } from './GradeBadge.js';

/** What a highlight that is not selected shows under its quote: grade, claimant, tags, note, links. */
export function HighlightSummary({ highlight, colorMeaning }: { highlight: Highlight; colorMeaning: string }) {
  const { claimant, tags, note, grading } = highlight;
  const linkCount = highlight.links?.length ?? 0;
  const kind = highlight.claim?.kind;
  if (!claimant && tags.length === 0 && !note && !grading && !colorMeaning && !linkCount && !kind) return null;
  return (
    <div className="highlight-summary">
      <p className="summary-line">
        <GradeBadge grading={grading} />
        {claimant && <span className="summary-claimant" dir="auto">{claimant}</span>}
        {kind && <span className="summary-kind">{kind}</span>}
        {colorMeaning && <span className="summary-meaning">{colorMeaning}</span>}
        {linkCount > 0 && <span className="summary-links">{linkCount === 1 ? '1 link' : `${linkCount} links`}</span>}
      </p>
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
