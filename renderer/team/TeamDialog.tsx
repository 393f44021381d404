import { useId, useState, type FormEvent } from 'react';
import type { TeamConflictVersionView, TeamConflictView, TeamStatus } from '../../core/model/team-status.js';
import type { Highlight } from '../../core/model/highlight.js';
import { describeField, differingFields, mergeOf, MERGE_FIELD_LABELS, type MergeField } from './merge-versions.js';
import { formatGrading } from '../../core/model/grading.js';
import { useApi } from '../api/api-context.js';
import { describeError } from '../app/describe-error.js';
import { useModalDialog } from '../app/use-modal-dialog.js';
import { formatTimeAgo } from './format-time-ago.js';
import { ShareFilesChoice } from './ShareFilesChoice.js';

interface TeamDialogProps {
  isOpen: boolean;
  status: TeamStatus | null;
  onStatus: (status: TeamStatus) => void;
  /** A version was chosen: the library changed. */
  onResolved: () => void;
  onClose: () => void;
}

/**
 * The team library: join one (its CouchDB address, an account, a password), sign in again after a
 * restart of the web shell, see how the sync goes, sync now, leave; and every conflict with its
 * versions side by side, each with a button to keep it.
 */
export function TeamDialog({ isOpen, status, onStatus, onResolved, onClose }: TeamDialogProps) {
  const api = useApi();
  const dialogRef = useModalDialog(isOpen);
  const id = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const act = async (what: string, call: () => Promise<TeamStatus>, after?: () => void): Promise<void> => {
    setBusy(what);
    setProblem(null);
    try {
      onStatus(await call());
      setPassword('');
      after?.();
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  const join = (event: FormEvent) => {
    event.preventDefault();
    void act('Joining…', () => api.joinTeam({ url: url.trim(), username: username.trim(), password }));
  };
  const signIn = (event: FormEvent) => {
    event.preventDefault();
    void act('Signing in…', () => api.signInToTeam({ password }));
  };
  const leave = () => {
    if (!window.confirm('Leave the team library? Every article and highlight stays in this library; changes stop being shared.')) return;
    void act('Leaving…', () => api.leaveTeam({}));
  };

  return (
    <dialog ref={dialogRef} className="app-dialog team-dialog" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <div className="dialog-form">
      <h2 id={`${id}-title`}>Team library</h2>
      {status === null && <p role="status">Asking…</p>}
      {status !== null && !status.joined && (
        <form className="team-form" onSubmit={join}>
          <p>Share this library&apos;s articles and highlights with your team through a CouchDB database (or the embedded team server, <code>research-notes team-server</code>). Everything stays here too, and works offline.</p>
          <label>Team library address<input type="url" required value={url} onChange={(event) => setUrl(event.target.value)} placeholder="http://127.0.0.1:5984/osint-team" /></label>
          <label>User name<input required value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" /></label>
          <label>Password<input type="password" required value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" /></label>
          <ShareFilesChoice isOpen={isOpen} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>Cancel</button>
            <button type="submit" className="button button-primary" disabled={busy !== null}>Join team library</button>
          </div>
        </form>
      )}
      {status?.joined && (
        <>
          <p>
            This library syncs with <code>{status.url}</code> as <strong>{status.username}</strong>
            {status.passwordKept === 'keychain' ? ' (password kept in the system keychain).' : ' (password kept for this session only).'}
          </p>
          {status.readOnly && (
            <p className="team-read-only">
              <strong>Read only.</strong> This account may read the team library but not change it, so the app offers no changes to its highlights. Anything changed here anyway stays in this library and is not sent.
            </p>
          )}
          {!status.signedIn ? (
            <form className="team-form" onSubmit={signIn}>
              <label>Password for {status.username}<input type="password" required value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" /></label>
              <div className="dialog-actions"><button type="submit" className="button button-primary" disabled={busy !== null}>Sign in</button></div>
            </form>
          ) : (
            <p role="status" className="team-sync-line">
              {status.syncing ? 'Syncing…' : status.lastSync ? `Last synced ${formatTimeAgo(status.lastSync.at)}: ${status.lastSync.sent} sent, ${status.lastSync.received} received.` : 'Not synced yet.'}
              {status.lastSync && (status.lastSync.filesSent > 0 || status.lastSync.filesKept > 0) && ` Files: ${status.lastSync.filesSent} sent, ${status.lastSync.filesKept} received.`}
              {status.lastSync && status.lastSync.refused > 0 && ` ${status.lastSync.refused} change(s) refused by the server (a reader's account): they stay in this library.`}
              {status.lastSync && status.lastSync.skipped.length > 0 && ` ${status.lastSync.skipped.length} team document(s) could not be taken here.`}
            </p>
          )}
          {status.error && <p role="alert" className="team-error">{status.error.message}</p>}
          {!status.readOnly && <ShareFilesChoice isOpen={isOpen} />}
          <section aria-label="Conflicts">
            <h3>{status.conflicts.length === 0 ? 'No conflicts' : status.conflicts.length === 1 ? '1 conflict' : `${status.conflicts.length} conflicts`}</h3>
            {status.conflicts.map((conflict) => (
              <article key={conflict.documentId} className="team-conflict" aria-label={`Conflict: ${conflict.label}`}>
                <p>{conflict.label}: {conflict.versions.length} versions, changed apart. Both stay until someone chooses.</p>
                <div className="team-versions">
                  {conflict.versions.map((version) => (
                    <section key={version.rev} className="team-version" aria-label={`Version by ${version.changedBy}`}>
                      <p className="team-version-by">by {version.changedBy}, {formatTimeAgo(version.changedAt)}{version.shown && ' · shown here'}</p>
                      <VersionFields version={version} />
                      <button type="button" className="button button-small" disabled={busy !== null || !status.signedIn || status.readOnly} onClick={() => void act('Keeping…', () => api.resolveTeamConflict({ documentId: conflict.documentId, rev: version.rev }), onResolved)}>
                        Keep this version
                      </button>
                    </section>
                  ))}
                </div>
                {conflict.highlightId && !status.readOnly && (
                  <MergeVersions
                    conflict={conflict}
                    disabled={busy !== null || !status.signedIn}
                    onMerge={(rev, merge) => void act('Merging…', () => api.resolveTeamConflict({ documentId: conflict.documentId, rev, merge }), onResolved)}
                  />
                )}
              </article>
            ))}
          </section>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={leave} disabled={busy !== null}>Leave team</button>
            <button type="button" className="button" onClick={() => void act('Syncing…', () => api.syncTeamNow({}), onResolved)} disabled={busy !== null || !status.signedIn}>Sync now</button>
            <button type="button" className="button button-primary" onClick={onClose}>Done</button>
          </div>
        </>
      )}
      {busy && <p role="status">{busy}</p>}
      {problem && <p role="alert" className="team-error">{problem}</p>}
      </div>
    </dialog>
  );
}

/** What a version says, in the fields analysts compare. */
function VersionFields({ version }: { version: TeamConflictVersionView }) {
  if (version.article) return <dl className="team-fields"><dt>Title</dt><dd>{version.article.title}</dd></dl>;
  const highlight = version.highlight;
  if (!highlight) return null;
  const grade = highlight.grading ? formatGrading(highlight.grading) : '';
  return (
    <dl className="team-fields">
      <dt>Claimant</dt><dd>{highlight.claimant || '—'}</dd>
      <dt>Grade</dt><dd>{grade || '—'}</dd>
      <dt>Tags</dt><dd>{highlight.tags.join(', ') || '—'}</dd>
      <dt>Note</dt><dd>{highlight.note || '—'}</dd>
    </dl>
  );
}

/**
 * Merging a highlight's versions: for each field they disagree on, the value of one version or
 * another (the version shown here first), then one new version with those values replaces them all.
 */
function MergeVersions({ conflict, disabled, onMerge }: { conflict: TeamConflictView; disabled: boolean; onMerge: (rev: string, merge: Record<string, unknown>) => void }) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const versions = conflict.versions.filter((version): version is TeamConflictVersionView & { highlight: Highlight } => version.highlight !== undefined);
  const base = versions.find((version) => version.shown) ?? versions[0];
  const [picks, setPicks] = useState<Partial<Record<MergeField, string>>>({});
  if (!base || versions.length < 2) return null;
  const fields = differingFields(versions.map((version) => version.highlight));
  if (fields.length < 2) return null;
  if (!isOpen) {
    return <button type="button" className="button button-small" disabled={disabled} onClick={() => setIsOpen(true)}>Merge field by field…</button>;
  }
  const pickedOf = (field: MergeField) => versions.find((version) => version.rev === picks[field]) ?? base;
  const merge = () => onMerge(base.rev, mergeOf(base.highlight, Object.fromEntries(fields.map((field) => [field, pickedOf(field).highlight]))));
  return (
    <section className="team-merge" aria-label="Merge field by field">
      {fields.map((field) => (
        <fieldset key={field}>
          <legend>{MERGE_FIELD_LABELS[field]}</legend>
          {versions.map((version) => (
            <label key={version.rev}>
              <input type="radio" name={`${id}-${field}`} checked={pickedOf(field).rev === version.rev} onChange={() => setPicks((before) => ({ ...before, [field]: version.rev }))} />
              {describeField(version.highlight, field)} <span className="team-merge-by">· {version.changedBy}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="dialog-actions">
        <button type="button" className="button button-small" onClick={() => setIsOpen(false)}>Cancel</button>
        <button type="button" className="button button-small button-primary" disabled={disabled} onClick={merge}>Keep merged version</button>
      </div>
    </section>
  );
}
