import { useEffect, useState } from 'react';
import type { HighlightFilter, SavedFilter } from '../../core/model/highlight-filter.js';
import { useApi } from '../api/api-context.js';

interface SavedFiltersProps {
  filter: HighlightFilter;
  onOpen: (filter: HighlightFilter) => void;
  onError: (error: unknown) => void;
}

/** Saved claims filters: open one, save the current filter under a name, delete one. */
export function SavedFilters({ filter, onOpen, onError }: SavedFiltersProps) {
  const api = useApi();
  const [saved, setSaved] = useState<SavedFilter[]>([]);
  const [chosenId, setChosenId] = useState('');
  const [name, setName] = useState('');

  useEffect(() => {
    api.listSavedFilters({}).then(setSaved, onError);
  }, [api, onError]);

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    try {
      const existing = saved.find((item) => item.name === trimmed);
      const stored = await api.saveFilter({ ...(existing ? { id: existing.id } : {}), name: trimmed, filter });
      setSaved((list) => [...list.filter((item) => item.id !== stored.id), stored]);
      setChosenId(stored.id);
      setName('');
    } catch (error) {
      onError(error);
    }
  };

  const remove = async () => {
    if (!chosenId) return;
    try {
      await api.deleteSavedFilter({ id: chosenId });
      setSaved((list) => list.filter((item) => item.id !== chosenId));
      setChosenId('');
    } catch (error) {
      onError(error);
    }
  };

  return (
    <div className="saved-filters" role="group" aria-label="Saved filters">
      <label className="inline-field">
        <span className="field-label">Saved filter</span>
        <select
          aria-label="Open a saved filter"
          value={chosenId}
          onChange={(event) => {
            setChosenId(event.target.value);
            const found = saved.find((item) => item.id === event.target.value);
            if (found) onOpen(found.filter);
          }}
        >
          <option value="">{saved.length > 0 ? 'Open one…' : 'None yet'}</option>
          {saved.map((item) => <option key={item.id} value={item.id}>{item.name}</option>)}
        </select>
      </label>
      <button type="button" className="button button-small" disabled={!chosenId} onClick={() => void remove()}>Delete saved filter</button>
      <label className="inline-field">
        <span className="field-label">Name of the filter</span>
        <input type="text" placeholder="e.g. CSTO critics" value={name} onChange={(event) => setName(event.target.value)} onKeyDown={(event) => event.key === 'Enter' && void save()} />
      </label>
      <button type="button" className="button button-small" disabled={!name.trim()} onClick={() => void save()}>Save filter</button>
    </div>
  );
}
