import { useId, useState, type FormEvent } from 'react';
import { useModalDialog } from '../app/use-modal-dialog.js';
import type { ApiArguments } from '../../core/api/contract.js';
import { HIGHLIGHT_COLORS } from '../../core/model/color-legend.js';
import type { LibrarySettings } from '../../core/model/library-settings.js';
import { colorMeaningOf } from './color-meaning-of.js';

interface SettingsDialogProps {
  isOpen: boolean;
  settings: LibrarySettings;
  onClose: () => void;
  onSave: (patch: ApiArguments<'updateSettings'>) => Promise<boolean>;
}

/** The small settings panel: what each highlight colour means, the list of claim kinds, and the largest PDF to import. */
export function SettingsDialog({ isOpen, settings, onClose, onSave }: SettingsDialogProps) {
  const id = useId();
  const [meanings, setMeanings] = useState<Record<string, string>>({});
  const [kinds, setKinds] = useState('');
  const [maxPdfPages, setMaxPdfPages] = useState('');

  const dialogRef = useModalDialog(isOpen, () => {
    setMeanings(Object.fromEntries(HIGHLIGHT_COLORS.map((color) => [color, colorMeaningOf(settings.colorLegend, color)])));
    setKinds(settings.claimKinds.join('\n'));
    setMaxPdfPages(String(settings.maxPdfPages));
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const colorLegend = HIGHLIGHT_COLORS.map((color) => ({ color, meaning: (meanings[color] ?? '').trim() })).filter((entry) => entry.meaning);
    const claimKinds = [...new Set(kinds.split('\n').map((kind) => kind.trim()).filter(Boolean))];
    // The field's min and max keep it a whole number in range; an emptied field keeps the limit as it was.
    const pages = Number.parseInt(maxPdfPages, 10);
    if (await onSave({ colorLegend, claimKinds, ...(Number.isInteger(pages) ? { maxPdfPages: pages } : {}) })) onClose();
  };

  return (
    <dialog ref={dialogRef} className="app-dialog" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <form className="dialog-form" onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>Colours and claim kinds</h2>
        <fieldset className="legend-fields">
          <legend>What each colour means</legend>
          {HIGHLIGHT_COLORS.map((color) => (
            <label key={color} className="legend-row">
              <span className={`color-swatch highlight-${color}`} aria-hidden="true" />
              <span className="legend-color">{color}</span>
              <input
                type="text"
                aria-label={`Meaning of ${color}`}
                value={meanings[color] ?? ''}
                placeholder="unused"
                onChange={(event) => setMeanings((previous) => ({ ...previous, [color]: event.target.value }))}
              />
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">Claim kinds (one a line)</span>
          <textarea rows={7} value={kinds} onChange={(event) => setKinds(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Largest PDF to import (pages)</span>
          <input type="number" min={1} max={1_000_000} step={1} value={maxPdfPages} onChange={(event) => setMaxPdfPages(event.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button-primary">Save settings</button>
        </div>
      </form>
    </dialog>
  );
}
