import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiArguments, ResearchNotesApi } from '../../core/api/contract.js';
import type { ArticleSummary } from '../../core/model/article.js';
import { describeError } from '../app/describe-error.js';
import { encodeBase64 } from './encode-base64.js';

interface ImportDialogProps {
  api: ResearchNotesApi;
  isOpen: boolean;
  onClose: () => void;
  onImported: (article: ArticleSummary) => void;
}

/** The modal dialog that imports pasted text or HTML, or a chosen file; it stays open showing the error when an import fails. */
export function ImportDialog({ api, isOpen, onClose, onImported }: ImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [content, setContent] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isImporting, setImporting] = useState(false);
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

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isImporting) return;
    setError(null);
    const file = fileRef.current?.files?.[0];
    if (!file && !content.trim()) {
      setError('Paste the article’s text or HTML, or choose a file.');
      return;
    }
    setImporting(true);
    try {
      const args: ApiArguments<'importArticle'> = {};
      if (file) {
        args.fileBase64 = encodeBase64(await file.arrayBuffer());
        args.fileName = file.name;
      } else {
        args.content = content;
      }
      if (sourceUrl.trim()) args.sourceUrl = sourceUrl.trim();
      onImported(await api.importArticle(args));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setImporting(false);
    }
  };

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
      <form className="import-form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>Import article</h2>
        <label className="field" htmlFor={`${id}-content`}>
          <span className="field-label">Text or HTML</span>
          <textarea id={`${id}-content`} rows={10} value={content} onChange={(event) => setContent(event.target.value)} placeholder="Paste the article here" />
        </label>
        <div className="import-or" aria-hidden="true">or</div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>Choose file</label>
          <input id={`${id}-file`} ref={fileRef} type="file" accept=".txt,.text,.md,.html,.htm,.xhtml,.pdf,.docx,text/plain,text/html,application/pdf" />
        </div>
        <label className="field" htmlFor={`${id}-url`}>
          <span className="field-label">Source URL</span>
          <input id={`${id}-url`} type="url" value={sourceUrl} onChange={(event) => setSourceUrl(event.target.value)} placeholder="https://… (optional)" />
        </label>
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-actions">
          {isImporting && <span className="quiet-status" role="status">Importing…</span>}
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          {/* The name stays "Import" while busy so the button keeps one accessible name. */}
          <button type="submit" className="button button-primary" disabled={isImporting} aria-busy={isImporting}>Import</button>
        </div>
      </form>
    </dialog>
  );
}
