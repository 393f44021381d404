import { useEffect, useId, useState } from 'react';
import type { Article } from '../../core/model/article.js';
import type { AnchorStatus } from '../../core/model/article-version.js';
import type { CaptureChanges as Changes } from '../../core/model/capture-changes.js';
import { useApi } from '../api/api-context.js';
import { useModalDialog } from '../app/use-modal-dialog.js';
import { captureDiffPieces } from './capture-diff-pieces.js';
import { formatUtc } from './format-utc.js';

const STATUS_LABELS: Record<AnchorStatus, string> = { kept: 'Kept', moved: 'Moved', changed: 'Changed', gone: 'Gone' };

const STATUS_HELP: Record<AnchorStatus, string> = {
  kept: 'same words, same place',
  moved: 'same words, elsewhere in the text',
  changed: 'placed on words that differ',
  gone: 'not found in this capture; kept with its old words',
};

/**
 * Under the title of an article captured more than once: whether its text changed since the
 * capture before, and behind a button the word diff, every capture, and where each highlight
 * made before went (kept, moved, changed, gone), a click from it.
 */
export function CaptureChanges({ article, onShowHighlight, onError }: { article: Article; onShowHighlight: (highlightId: string) => void; onError: (error: unknown) => void }) {
  const api = useApi();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const dialogRef = useModalDialog(isOpen);
  const [changes, setChanges] = useState<Changes | null>(null);
  const last = article.previousVersions?.at(-1);

  // Another article or another capture: the diff is fetched again when asked for.
  useEffect(() => setChanges(null), [article.id, article.contentHash, article.previousVersions?.length]);

  useEffect(() => {
    if (!isOpen || changes !== null) return;
    let current = true;
    api.articleChanges({ id: article.id }).then(
      (found) => {
        if (current) setChanges(found);
      },
      (error: unknown) => {
        if (!current) return;
        setOpen(false);
        onError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [api, article.id, changes, isOpen, onError]);

  if (last === undefined) return null;
  const changed = last.contentHash !== article.contentHash;

  return (
    <div className={`capture-changes-notice${changed ? ' is-changed' : ''}`}>
      <span>
        {changed ? 'Changed since the last capture' : 'Captured again: the text is unchanged since the last capture'} ({formatUtc(last.capturedAt)}).
      </span>{' '}
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {changed ? 'Show changes' : 'Show captures'}
      </button>
      <dialog
        ref={dialogRef}
        className="app-dialog capture-changes-dialog"
        aria-labelledby={`${id}-title`}
        onCancel={(event) => {
          event.preventDefault();
          setOpen(false);
        }}
      >
        <div className="dialog-form">
          <h2 id={`${id}-title`}>Changes since the last capture</h2>
          {changes === null ? (
            <p role="status">Comparing…</p>
          ) : (
            <ChangesBody
              changes={changes}
              onShowHighlight={(highlightId) => {
                setOpen(false);
                onShowHighlight(highlightId);
              }}
            />
          )}
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={() => setOpen(false)}>Close</button>
          </div>
        </div>
      </dialog>
    </div>
  );
}

function ChangesBody({ changes, onShowHighlight }: { changes: Changes; onShowHighlight: (highlightId: string) => void }) {
  const counts = new Map<AnchorStatus, number>();
  for (const anchor of changes.anchors) counts.set(anchor.status, (counts.get(anchor.status) ?? 0) + 1);
  const summary = (['kept', 'moved', 'changed', 'gone'] as const).map((status) => `${counts.get(status) ?? 0} ${status}`).join(', ');
  const unchanged = changes.changes.every((change) => change.kind === 'same');
  return (
    <>
      <section aria-label="Captures">
        <h3>Captures</h3>
        <ol className="capture-list">
          {changes.captures.map((capture, index) => (
            <li key={index}>
              {formatUtc(capture.capturedAt)}
              {index === changes.captures.length - 1 ? ' (this one)' : ''}, by {capture.tool}
              {capture.operator ? `, ${capture.operator}` : ''}; text <code className="evidence-hash">{capture.contentHash.slice(0, 12)}…</code>
            </li>
          ))}
        </ol>
      </section>
      <section aria-label="Highlights">
        <h3>Highlights</h3>
        {changes.anchors.length === 0 ? (
          <p>No highlight was made before this capture.</p>
        ) : (
          <>
            <p>{summary}.</p>
            <ul className="capture-anchors">
              {changes.anchors.map((anchor) => (
                <li key={anchor.highlightId}>
                  <span className={`anchor-status anchor-status-${anchor.status}`} title={STATUS_HELP[anchor.status]}>
                    {STATUS_LABELS[anchor.status]}
                  </span>{' '}
                  <button type="button" className="link-button" onClick={() => onShowHighlight(anchor.highlightId)}>
                    “{anchor.before}”
                  </button>
                  {anchor.status === 'changed' && <span className="anchor-now"> now “{anchor.now}”</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-label="Text changes">
        <h3>Text</h3>
        {unchanged ? (
          <p>The text is the same in both captures.</p>
        ) : (
          <>
            {!changes.byWords && <p className="evidence-help">The two texts are too far apart to compare word by word in time, so they are compared line by line.</p>}
            <div className="capture-diff">
              {captureDiffPieces(changes.changes).map((piece, index) =>
                piece.kind === 'added' ? (
                  <ins key={index}>{piece.text}</ins>
                ) : piece.kind === 'removed' ? (
                  <del key={index}>{piece.text}</del>
                ) : piece.kind === 'elided' ? (
                  <span key={index} className="capture-diff-elided">
                    {' '}
                    [{piece.characters.toLocaleString('en')} characters unchanged]{' '}
                  </span>
                ) : (
                  <span key={index}>{piece.text}</span>
                ),
              )}
            </div>
          </>
        )}
      </section>
    </>
  );
}
