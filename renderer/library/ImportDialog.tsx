import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DuplicateChoice } from '../import/DuplicateChoice.js';
import { ImportResults } from '../import/ImportResults.js';
import type { ImportSource } from '../import/import-source.js';
import { importSourcesFromFiles } from '../import/import-sources-from-files.js';
import { isHttpUrl } from '../import/import-sources-from-urls.js';
import type { ImportBatch } from '../import/use-import-batch.js';
import { importAcceptList } from '../../core/model/import-format.js';

const IMPORT_ACCEPT = importAcceptList();

interface ImportDialogProps {
  isOpen: boolean;
  /** The imports under way or done (renderer/import/use-import-batch.ts); drops and pastes feed it too. */
  batch: ImportBatch;
  onClose: () => void;
  /** Opens an article the library already held (the answer "Open existing" to a duplicate). */
  onOpenExisting: (articleId: string) => void;
}

/**
 * The modal dialog that imports pasted text or HTML, one or many chosen files, or the page at a
 * URL. One source behaves as before: the dialog closes and the article opens, or it stays open
 * showing the error. Several show a progress bar and a result per file.
 */
export function ImportDialog({ isOpen, batch, onClose, onOpenExisting }: ImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [content, setContent] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
    if (!isOpen) {
      setContent('');
      setSourceUrl('');
      setError(null);
      if (fileRef.current) fileRef.current.value = '';
    }
  }, [isOpen]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (batch.isRunning) return;
    setError(null);
    const files = [...(fileRef.current?.files ?? [])];
    const url = sourceUrl.trim();
    if (url && !isHttpUrl(url)) {
      setError('The source URL must be a web address starting with http:// or https://.');
      return;
    }
    let sources: ImportSource[];
    if (files.length > 0) {
      // A source URL says where a single file came from; for many it could only be wrong.
      sources = importSourcesFromFiles(files, files.length === 1 ? url : undefined);
    } else if (content.trim()) {
      sources = [{ label: 'Pasted text', read: async () => ({ content, ...(url ? { sourceUrl: url } : {}) }) }];
    } else if (url) {
      // A URL alone is fetched by the Node side (the page cannot fetch other sites itself).
      sources = [{ label: url, read: async () => ({ url }) }];
    } else {
      setError('Paste the article’s text or HTML, choose files, or give the address of a page.');
      return;
    }
    if (fileRef.current) fileRef.current.value = '';
    batch.start(sources);
  };

  const single = batch.isSingle ? batch.items[0] : undefined;
  const hasResults = batch.items.length > 0 && !batch.isSingle;

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="import-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>Import article</h2>
        <label className="field" htmlFor={`${id}-content`}>
          <span className="field-label">Text or HTML</span>
          <textarea id={`${id}-content`} rows={hasResults ? 4 : 10} value={content} onChange={(event) => setContent(event.target.value)} placeholder="Paste the article here" />
        </label>
        <div className="import-or" aria-hidden="true">or</div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>Choose file</label>
          <input
            id={`${id}-file`}
            ref={fileRef}
            type="file"
            multiple
            accept={IMPORT_ACCEPT}
          />
        </div>
        <label className="field" htmlFor={`${id}-url`}>
          <span className="field-label">Source URL</span>
          <input id={`${id}-url`} type="url" value={sourceUrl} onChange={(event) => setSourceUrl(event.target.value)} placeholder="https://… (alone, imports that page)" />
        </label>
        {error && <p role="alert" className="form-error">{error}</p>}
        {single?.state === 'failed' && <p role="alert" className="form-error">{single.message}</p>}
        {single?.state === 'duplicate' && (
          <DuplicateChoice
            existing={single.duplicateOf ?? null}
            message={single.message}
            onChoose={(choice) => (choice === 'open' ? single.duplicateOf && onOpenExisting(single.duplicateOf.id) : batch.resolveDuplicate(single.key, choice))}
          />
        )}
        {hasResults && <ImportResults batch={batch} onOpenExisting={onOpenExisting} />}
        <div className="dialog-actions">
          {single?.state === 'importing' && <span className="quiet-status" role="status">Importing…</span>}
          {/* While files are being imported, Cancel stops the one under way and those not started; otherwise it closes (cancelling a single import). */}
          <button type="button" className="button" onClick={batch.isRunning && !batch.isSingle ? batch.cancel : onClose}>
            {hasResults && !batch.isRunning ? 'Close' : 'Cancel'}
          </button>
          {/* The name stays "Import" while busy so the button keeps one accessible name. */}
          <button type="submit" className="button button-primary" disabled={batch.isRunning} aria-busy={batch.isRunning}>Import</button>
        </div>
      </form>
    </dialog>
  );
}
