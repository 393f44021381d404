import { useEffect, useId, useState, type FormEvent } from 'react';
import { useModalDialog } from '../app/use-modal-dialog.js';
import { ApiError } from '../../core/api/api-error.js';
import type { MarkdownFolderSummary } from '../../core/api/contract.js';
import type { ExportProgress } from '../../core/model/export-progress.js';
import { describeError } from '../app/describe-error.js';
import { folderChooser } from '../api/shell-bridge.js';
import { highlightTemplateStore } from './highlight-template-store.js';
import { useApi } from '../api/api-context.js';

interface FolderExportDialogProps {
  isOpen: boolean;
  onClose: () => void;
  /** Saves pending edits before the export reads the library. */
  beforeExport?: () => Promise<unknown>;
}

// How often the dialog asks how far the export has got (ms): smooth enough, and cheap.
const POLL_MS = 250;
const LAST_FOLDER_KEY = 'researchNotes.markdownFolder';

type Run = { state: 'running'; progress: ExportProgress | null } | { state: 'done'; summary: MarkdownFolderSummary } | { state: 'failed'; message: string } | { state: 'idle' };

/**
 * The whole library as a folder of Markdown notes for Obsidian, from the app: the folder (a
 * system dialog in the desktop app; a path typed in the web shell, where a page cannot learn a
 * folder's path), progress while it is written, Cancel, and what was written at the end.
 * Exporting again into the same folder updates the notes and keeps what was written below their marker line.
 */
export function FolderExportDialog({ isOpen, onClose, beforeExport }: FolderExportDialogProps) {
  const api = useApi();
  const id = useId();
  const [folder, setFolder] = useState(() => readLastFolder());
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const choose = folderChooser();

  const dialogRef = useModalDialog(isOpen, () => {
    setRun({ state: 'idle' });
  });

  useEffect(() => {
    if (run.state !== 'running') return;
    const timer = setInterval(() => {
      api.folderExportProgress({}).then(
        (progress) => setRun((current) => (current.state === 'running' && progress ? { state: 'running', progress } : current)),
        () => undefined,
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, run.state]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (run.state === 'running' || folder.trim() === '') return;
    setRun({ state: 'running', progress: null });
    try {
      await beforeExport?.();
      const summary = await api.exportMarkdownFolder({ folder: folder.trim(), template: highlightTemplateStore.read() });
      writeLastFolder(summary.folder);
      setFolder(summary.folder);
      setRun({ state: 'done', summary });
    } catch (error) {
      setRun(error instanceof ApiError && error.code === 'CANCELLED' ? { state: 'idle' } : { state: 'failed', message: describeError(error) });
    }
  };

  const close = () => {
    if (run.state === 'running') void api.cancelFolderExport({});
    onClose();
  };

  const progress = run.state === 'running' ? run.progress : run.state === 'done' ? { done: run.summary.articles, total: run.summary.articles } : null;
  return (
    <dialog ref={dialogRef} className="app-dialog folder-export-dialog" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); close(); }}>
      <form className="dialog-form" onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>Export the library as a Markdown folder</h2>
        <p className="template-help" id={`${id}-help`}>
          One note per article and an index, for Obsidian or any Markdown editor. Exporting again into the same folder updates the notes and keeps what you wrote below their last line.
        </p>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-folder`}>Folder</label>
          <span className="field-row">
            <input
              id={`${id}-folder`}
              type="text"
              value={folder}
              placeholder="/home/you/Obsidian/Research"
              aria-describedby={`${id}-help`}
              spellCheck={false}
              disabled={run.state === 'running'}
              onChange={(event) => setFolder(event.target.value)}
            />
            {choose && (
              <button
                type="button"
                className="button"
                disabled={run.state === 'running'}
                onClick={() => void choose('Export the library as a Markdown folder').then((chosen) => chosen && setFolder(chosen))}
              >
                Choose…
              </button>
            )}
          </span>
        </div>
        {progress && (
          <div className="export-progress" role="status" aria-label="Export progress">
            {progress.total > 0 ? <progress aria-label="Articles exported" max={progress.total} value={progress.done} /> : <progress aria-label="Articles exported" />}
            <span className="export-progress-count">{progress.total > 0 ? `${progress.done} of ${progress.total} articles` : 'Starting…'}</span>
          </div>
        )}
        {run.state === 'running' && progress === null && <p className="quiet-status" role="status">Starting…</p>}
        {run.state === 'done' && <p className="folder-export-summary" role="status">{describeSummary(run.summary)}</p>}
        {run.state === 'failed' && <p className="form-error" role="alert">{run.message}</p>}
        <div className="dialog-actions">
          {run.state === 'running' ? (
            <button type="button" className="button" onClick={() => void api.cancelFolderExport({})}>Cancel export</button>
          ) : (
            <button type="button" className="button" onClick={close}>{run.state === 'done' ? 'Close' : 'Cancel'}</button>
          )}
          <button type="submit" className="button button-primary" disabled={run.state === 'running' || folder.trim() === ''}>Export</button>
        </div>
      </form>
    </dialog>
  );
}

/** "Exported 12 articles to /x: 3 notes written, 9 unchanged, 1 renamed." */
function describeSummary({ folder, articles, written, unchanged, renamed }: MarkdownFolderSummary): string {
  const parts = [`${written} ${written === 1 ? 'file' : 'files'} written`, `${unchanged} unchanged`];
  if (renamed > 0) parts.push(`${renamed} renamed after a title change`);
  return `Exported ${articles} ${articles === 1 ? 'article' : 'articles'} to ${folder}: ${parts.join(', ')}.`;
}

function readLastFolder(): string {
  try {
    return localStorage.getItem(LAST_FOLDER_KEY) ?? '';
  } catch {
    return '';
  }
}

function writeLastFolder(folder: string): void {
  try {
    localStorage.setItem(LAST_FOLDER_KEY, folder);
  } catch {
    // Remembering the folder is a convenience.
  }
}
