import { useId, useState, type FormEvent } from 'react';
import { useModalDialog } from '../app/use-modal-dialog.js';
import { DEFAULT_HIGHLIGHT_TEMPLATE, findUnknownPlaceholders, HIGHLIGHT_PLACEHOLDERS } from '../../core/export/highlight-template.js';
import { highlightTemplateStore } from './highlight-template-store.js';

interface HighlightTemplateDialogProps {
  isOpen: boolean;
  onClose: () => void;
}

/**
 * The editor of the Markdown block written for each highlight: a text box holding the template,
 * the placeholders it may use, a warning for unknown ones, and a way back to the default.
 */
export function HighlightTemplateDialog({ isOpen, onClose }: HighlightTemplateDialogProps) {
  const id = useId();
  const [template, setTemplate] = useState(DEFAULT_HIGHLIGHT_TEMPLATE);
  const unknown = findUnknownPlaceholders(template);

  const dialogRef = useModalDialog(isOpen, () => {
    setTemplate(highlightTemplateStore.read());
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    highlightTemplateStore.write(template);
    onClose();
  };

  return (
    <dialog ref={dialogRef} className="app-dialog template-dialog" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <form className="dialog-form" onSubmit={submit}>
        <h2 id={`${id}-title`}>Highlight template</h2>
        <p className="template-help" id={`${id}-help`}>
          The Markdown written for each highlight in Markdown exports. A line whose placeholders are all empty is left out.
        </p>
        <label className="field">
          <span className="field-label">Template</span>
          <textarea
            className="template-text"
            aria-label="Highlight template"
            aria-describedby={`${id}-help`}
            rows={14}
            spellCheck={false}
            value={template}
            onChange={(event) => setTemplate(event.target.value)}
          />
        </label>
        <div className="template-placeholders">
          <span className="field-label" id={`${id}-placeholders`}>Placeholders</span>
          <ul aria-labelledby={`${id}-placeholders`}>
            {HIGHLIGHT_PLACEHOLDERS.map((name) => (
              <li key={name}><code>{`{{${name}}}`}</code></li>
            ))}
          </ul>
        </div>
        {unknown.length > 0 && (
          <p className="template-warning" role="alert">
            Unknown placeholders (left empty): {unknown.map((name) => `{{${name}}}`).join(', ')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-quiet template-reset" onClick={() => setTemplate(DEFAULT_HIGHLIGHT_TEMPLATE)}>Reset to default</button>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary">Save template</button>
        </div>
      </form>
    </dialog>
  );
}
