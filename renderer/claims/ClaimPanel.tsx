import type { ReactNode } from 'react';
import type { Highlight } from '../../core/model/highlight.js';

interface ClaimPanelProps {
  /** The claim chosen in the claims view, with its article's title; null before one is chosen. */
  claim: { highlight: Highlight; articleTitle: string } | null;
  /** How many claims the view shows (none: nothing to choose). */
  total: number;
  /** The claim's fields (the same editor as in the reader). */
  editor: ReactNode;
  onOpenInArticle: () => void;
  /** Left out where the claim cannot be deleted (a reader's account in a team library). */
  onDelete?: (() => void) | undefined;
}

/**
 * The side panel of the claims view: the claim chosen with its Edit button, editable in place,
 * rather than the highlights of whichever article the library list last opened.
 */
export function ClaimPanel({ claim, total, editor, onOpenInArticle, onDelete }: ClaimPanelProps) {
  return (
    <section className="highlights-panel claim-panel" aria-label="Claim details">
      <h2 className="panel-heading">Claim</h2>
      {claim === null ? (
        <p className="panel-empty">
          {total === 0 ? 'No claims are shown.' : 'Press Edit on a claim to see and change its fields here. The Export menu exports the claims shown.'}
        </p>
      ) : (
        <div className={`highlight-card is-selected claim-panel-card`}>
          <div className="highlight-card-head">
            <q className="highlight-quote" dir="auto">{claim.highlight.target.quote.exact}</q>
            {onDelete && (
              <button type="button" className="icon-button" aria-label="Delete claim" title="Delete claim" onClick={onDelete}>
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <path d="M6 2h4M3 4h10M5 4l.6 9h4.8L11 4" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </button>
            )}
          </div>
          <p className="claim-panel-article">
            <span dir="auto">{claim.articleTitle}</span>{' '}
            <button type="button" className="link-button" onClick={onOpenInArticle}>Open in its article</button>
          </p>
          {editor}
        </div>
      )}
    </section>
  );
}
