import { useId, useState, type FormEvent } from 'react';
import { useModalDialog } from '../app/use-modal-dialog.js';
import { LINK_RELATIONS, type HighlightRef, type LinkRelation } from '../../core/model/highlight-link.js';
import type { SearchHit } from '../../core/model/search-hit.js';
import { Snippet } from '../search/Snippet.js';
import { useSearch } from '../search/use-search.js';

interface LinkPickerDialogProps {
  /** The highlight being linked from; null while the dialog is closed. */
  source: HighlightRef | null;
  onClose: () => void;
  onLink: (to: HighlightRef, relation: LinkRelation) => Promise<boolean>;
  onError: (error: unknown) => void;
}

/** "Link to…": find a highlight anywhere in the library, choose how this one relates to it, link. */
export function LinkPickerDialog({ source, onClose, onLink, onError }: LinkPickerDialogProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [relation, setRelation] = useState<LinkRelation>('supports');
  const [picked, setPicked] = useState<SearchHit | null>(null);
  const { hits, isSearching } = useSearch(query, 30, onError);
  const candidates = hits.filter((hit) => hit.kind === 'highlight' && hit.highlightId && hit.highlightId !== source?.highlightId);

  const dialogRef = useModalDialog(source !== null, () => {
    setQuery('');
    setPicked(null);
    setRelation('supports');
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!picked?.highlightId) return;
    if (await onLink({ articleId: picked.articleId, highlightId: picked.highlightId }, relation)) onClose();
  };

  return (
    <dialog ref={dialogRef} className="app-dialog" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <form className="dialog-form" onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>Link to another highlight</h2>
        <label className="field">
          <span className="field-label">Relation</span>
          <select value={relation} onChange={(event) => setRelation(event.target.value as LinkRelation)}>
            {LINK_RELATIONS.map((name) => <option key={name} value={name}>this {name} …</option>)}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Find a highlight</span>
          <input type="search" value={query} autoFocus placeholder="Words of its quote, note, claimant or tags" onChange={(event) => setQuery(event.target.value)} />
        </label>
        <ul className="pick-list" aria-label="Highlights found" aria-busy={isSearching}>
          {candidates.map((hit) => (
            <li key={hit.highlightId}>
              <button
                type="button"
                className="pick-item"
                aria-pressed={picked?.highlightId === hit.highlightId}
                onClick={() => setPicked(hit)}
              >
                <Snippet parts={hit.snippet} />
                <span className="pick-article">{hit.title}</span>
              </button>
            </li>
          ))}
        </ul>
        {query.trim() && !isSearching && candidates.length === 0 && <p className="quiet-status">No highlight matches.</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary" disabled={!picked}>Link</button>
        </div>
      </form>
    </dialog>
  );
}
