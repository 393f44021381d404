import { useId, useState } from 'react';
import { useModalDialog } from '../app/use-modal-dialog.js';
import type { TagChange } from '../../core/api/contract.js';
import { HIGHLIGHT_COLORS } from '../../core/model/color-legend.js';
import type { Tag } from '../../core/model/tag.js';
import { describeError } from '../app/describe-error.js';
import { useApi } from '../api/api-context.js';

interface TagManagerDialogProps {
  isOpen: boolean;
  tags: readonly Tag[];
  onClose: () => void;
  /** A tag operation finished: record it for undo and refresh what shows tags. */
  onChanged: (label: string, change: TagChange | null, run: (() => Promise<TagChange>) | null) => void;
  onUndo: () => Promise<void>;
}

/** The tag manager: rename, merge, recolour and delete tags across the library; merge and delete can be undone. */
export function TagManagerDialog({ isOpen, tags, onClose, onChanged, onUndo }: TagManagerDialogProps) {
  const api = useApi();
  const id = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [message, setMessage] = useState<{ text: string; canUndo: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const dialogRef = useModalDialog(isOpen, () => {
    setSelected(null);
    setMessage(null);
    setError(null);
  });

  const tag = tags.find((item) => item.name === selected) ?? null;

  const run = async (label: string, operation: () => Promise<TagChange>, done: string, canUndo: boolean) => {
    setError(null);
    try {
      const change = await operation();
      onChanged(label, change, operation);
      setMessage({ text: done, canUndo });
      setSelected(null);
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <dialog ref={dialogRef} className="app-dialog tag-manager" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <div className="dialog-form">
        <h2 id={`${id}-title`}>Manage tags</h2>
        {message && (
          <p className="tag-manager-message" role="status">
            {message.text}{' '}
            {message.canUndo && (
              <button type="button" className="button button-small" onClick={() => void onUndo().then(() => setMessage({ text: 'Undone.', canUndo: false }), (caught: unknown) => setError(describeError(caught)))}>
                Undo
              </button>
            )}
          </p>
        )}
        {error && <p role="alert" className="form-error">{error}</p>}
        <ul className="tag-manager-list" aria-label="All tags">
          {tags.map((item) => (
            <li key={item.name}>
              <button
                type="button"
                className="tag-manager-item"
                aria-pressed={item.name === selected}
                onClick={() => {
                  setSelected(item.name);
                  setNewName(item.name);
                  setMergeInto('');
                }}
              >
                <span className={`tag-dot${item.color ? ` tag-color-${item.color}` : ''}`} aria-hidden="true" />
                <span dir="auto">{item.name}</span>
                <span className="tree-count">{item.count}</span>
              </button>
            </li>
          ))}
        </ul>
        {tag && (
          <div className="tag-actions" role="group" aria-label={`Change tag ${tag.name}`}>
            <div className="field-row">
              <label className="field">
                <span className="field-label">New name</span>
                <input type="text" value={newName} onChange={(event) => setNewName(event.target.value)} />
              </label>
              <button type="button" className="button" disabled={!newName.trim() || newName.trim() === tag.name} onClick={() => void run(`Rename tag ${tag.name}`, () => api.renameTag({ from: tag.name, to: newName.trim() }), `Renamed ${tag.name} to ${newName.trim()}.`, true)}>
                Rename
              </button>
            </div>
            <div className="field-row">
              <label className="field">
                <span className="field-label">Merge into</span>
                <input type="text" list={`${id}-tag-names`} value={mergeInto} onChange={(event) => setMergeInto(event.target.value)} />
              </label>
              <button type="button" className="button" disabled={!mergeInto.trim() || mergeInto.trim() === tag.name} onClick={() => void run(`Merge tag ${tag.name}`, () => api.mergeTags({ sources: [tag.name], into: mergeInto.trim() }), `Merged ${tag.name} into ${mergeInto.trim()}.`, true)}>
                Merge
              </button>
            </div>
            <div className="field-row">
              <label className="field">
                <span className="field-label">Tag colour</span>
                <select
                  value={tag.color ?? ''}
                  onChange={(event) => {
                    const color = event.target.value || null;
                    api.setTagColor({ name: tag.name, color }).then(() => onChanged(`Recolour tag ${tag.name}`, null, null), (caught: unknown) => setError(describeError(caught)));
                  }}
                >
                  <option value="">none</option>
                  {HIGHLIGHT_COLORS.map((color) => <option key={color} value={color}>{color}</option>)}
                </select>
              </label>
              <button type="button" className="button button-danger" onClick={() => void run(`Delete tag ${tag.name}`, () => api.deleteTag({ name: tag.name }), `Deleted ${tag.name}.`, true)}>
                Delete tag
              </button>
            </div>
          </div>
        )}
        <datalist id={`${id}-tag-names`}>
          {tags.map((item) => <option key={item.name} value={item.name} />)}
        </datalist>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Close</button>
        </div>
      </div>
    </dialog>
  );
}
