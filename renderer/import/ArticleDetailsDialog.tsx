import { useId, useState, type FormEvent } from 'react';
import { useModalDialog } from '../app/use-modal-dialog.js';
import type { ApiArguments } from '../../core/api/contract.js';
import type { Article, ArticleSummary } from '../../core/model/article.js';
import { describeError } from '../app/describe-error.js';
import { useApi } from '../api/api-context.js';

interface ArticleDetailsDialogProps {
  article: Article;
  isOpen: boolean;
  onClose: () => void;
  onSaved: (summary: ArticleSummary) => void;
}

type Patch = ApiArguments<'updateArticleMetadata'>['patch'];

/** The fields of the form, in order: what the importer found, for the user to correct. */
const FIELDS = [
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'byline', label: 'Byline', type: 'text' },
  { key: 'siteName', label: 'Site', type: 'text' },
  { key: 'publishedTime', label: 'Published', type: 'text' },
  { key: 'url', label: 'URL', type: 'url' },
  { key: 'lang', label: 'Language', type: 'text' },
] as const;

type FieldKey = (typeof FIELDS)[number]['key'];

/** A small form that corrects an article's metadata after import (updateArticleMetadata). */
export function ArticleDetailsDialog({ article, isOpen, onClose, onSaved }: ArticleDetailsDialogProps) {
  const api = useApi();
  const [values, setValues] = useState<Record<FieldKey, string>>(() => valuesOf(article));
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const id = useId();

  const dialogRef = useModalDialog(isOpen, () => {
    setValues(valuesOf(article));
    setError(null);
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSaving) return;
    if (!values.title.trim()) {
      setError('An article needs a title.');
      return;
    }
    const patch: Patch = { title: values.title.trim() };
    // An emptied field means "unknown", which the article stores as null.
    for (const key of ['byline', 'siteName', 'url', 'publishedTime', 'lang'] as const) patch[key] = values[key].trim() || null;
    setSaving(true);
    try {
      onSaved(await api.updateArticleMetadata({ articleId: article.id, patch }));
      onClose();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="details-form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-heading`}>Edit details</h2>
        {FIELDS.map((field) => (
          <label key={field.key} className="field" htmlFor={`${id}-${field.key}`}>
            <span className="field-label">{field.label}</span>
            <input
              id={`${id}-${field.key}`}
              type={field.type}
              value={values[field.key]}
              onChange={(event) => setValues((current) => ({ ...current, [field.key]: event.target.value }))}
            />
          </label>
        ))}
        {article.importedMetadata && (
          <p className="field-hint">
            As the source gave them: title “{article.importedMetadata.title}”{article.importedMetadata.byline ? `, byline “${article.importedMetadata.byline}”` : ''}.
          </p>
        )}
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary" disabled={isSaving} aria-busy={isSaving}>Save details</button>
        </div>
      </form>
    </dialog>
  );
}

function valuesOf(article: Article): Record<FieldKey, string> {
  return {
    title: article.title,
    byline: article.byline ?? '',
    siteName: article.siteName ?? '',
    publishedTime: article.publishedTime ?? '',
    url: article.url ?? '',
    lang: article.lang ?? '',
  };
}
