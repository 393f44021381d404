import { useEffect, useId, useState } from 'react';
import type { Article } from '../../core/model/article.js';
import { capturedPageAddress, hasCapturedPage } from '../../core/model/captured-page-address.js';
import type { VerifyReport } from '../../core/model/verify-report.js';
import { useApi } from '../api/api-context.js';
import { useModalDialog } from '../app/use-modal-dialog.js';
import { formatUtc } from './format-utc.js';

/** The check's state: not run yet, running, or what it found. */
type Check = { state: 'idle' } | { state: 'running' } | { state: 'done'; report: VerifyReport };

/**
 * An article's evidence, behind one button under its title: where and when it was captured, by
 * what and whom, the SHA-256 of what was kept and of the canonical text, the custody check
 * (`research-notes verify` for this article), and the kept page itself "as captured" in a frame
 * that the shell serves sandboxed: no script runs and nothing is fetched.
 */
export function ArticleEvidence({ article, onError }: { article: Article; onError: (error: unknown) => void }) {
  const api = useApi();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const dialogRef = useModalDialog(isOpen);
  const [isViewing, setViewing] = useState(false);
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const viewable = hasCapturedPage(article);

  // Another article, another check.
  useEffect(() => {
    setCheck({ state: 'idle' });
    setViewing(false);
  }, [article.id, article.contentHash, article.originalSha256]);

  const runCheck = () => {
    setCheck({ state: 'running' });
    api.verifyArticle({ id: article.id }).then(
      (report) => setCheck({ state: 'done', report }),
      (error: unknown) => {
        setCheck({ state: 'idle' });
        onError(error);
      },
    );
  };

  const close = () => {
    setOpen(false);
    setViewing(false);
  };

  const facts: Array<[string, string | null | undefined]> = [
    ['Captured', article.capturedAt ? formatUtc(article.capturedAt) : null],
    ['Address', article.url],
    ['Final address', article.finalUrl && article.finalUrl !== article.url ? article.finalUrl : null],
    ['Tool', article.tool],
    ['Operator', article.operator || null],
    [viewable ? 'SHA-256 of the page as captured' : 'SHA-256 of the original', article.originalSha256],
    ['SHA-256 of the text', article.contentHash],
  ];

  return (
    <>
      <button type="button" className="button article-evidence-button" onClick={() => setOpen(true)}>
        Evidence
      </button>
      <dialog
        ref={dialogRef}
        className={`app-dialog evidence-dialog${isViewing ? ' is-viewing' : ''}`}
        aria-labelledby={`${id}-title`}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        <div className="dialog-form">
          <h2 id={`${id}-title`}>{isViewing ? 'As captured' : 'Evidence'}</h2>
          {isViewing ? (
            <>
              <p className="evidence-help">
                The page as it was kept on {article.capturedAt ? formatUtc(article.capturedAt) : 'import'}, byte for byte: scripts do not run and nothing is loaded from the network, so parts the page fetched later are missing.
              </p>
              {/* sandbox="" on top of the policy the shell serves it with: no script, no form, no popup, no top navigation. */}
              <iframe className="evidence-frame" title={`${article.title}, as captured`} sandbox="" referrerPolicy="no-referrer" src={capturedPageAddress(article.id, window.researchNotes !== undefined)} />
            </>
          ) : (
            <>
              <dl className="evidence-facts">
                {facts.flatMap(([label, value]) =>
                  value
                    ? [
                        <dt key={`${label}-term`}>{label}</dt>,
                        <dd key={`${label}-value`} className={label.startsWith('SHA') ? 'evidence-hash' : undefined}>{value}</dd>,
                      ]
                    : [],
                )}
              </dl>
              <CheckResult check={check} />
            </>
          )}
          <div className="dialog-actions">
            {isViewing ? (
              <button type="button" className="button" onClick={() => setViewing(false)}>Back to the details</button>
            ) : (
              <>
                <button type="button" className="button" onClick={runCheck} disabled={check.state === 'running'}>
                  Check the hashes
                </button>
                {viewable && (
                  <button type="button" className="button" onClick={() => setViewing(true)}>
                    View as captured
                  </button>
                )}
              </>
            )}
            <button type="button" className="button button-primary" onClick={close}>Close</button>
          </div>
        </div>
      </dialog>
    </>
  );
}

function CheckResult({ check }: { check: Check }) {
  if (check.state === 'idle') return null;
  if (check.state === 'running') return <p role="status">Checking…</p>;
  const { problems, logEntries } = check.report;
  if (problems.length === 0) {
    return (
      <p role="status" className="evidence-verified">
        Verified: what was kept and the text match their SHA-256 and the custody log ({logEntries} {logEntries === 1 ? 'entry' : 'entries'}, chain unbroken).
      </p>
    );
  }
  return (
    <div role="alert" className="evidence-problems">
      <p>The check failed: these files are not as recorded.</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.file}</code> {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
