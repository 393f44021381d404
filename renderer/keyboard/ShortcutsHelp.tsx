import { useId } from 'react';
import { formatKeySpec } from './key-spec.js';
import { isMacPlatform } from './is-mac-platform.js';
import { SHORTCUT_TABLE } from './shortcut-table.js';
import { useModalDialog } from '../app/use-modal-dialog.js';

/** The "Keyboard shortcuts" help: the shortcut table as a table. */
export function ShortcutsHelp({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const dialogRef = useModalDialog(isOpen);
  const id = useId();
  const isMac = isMacPlatform();

  return (
    <dialog ref={dialogRef} className="app-dialog" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <div className="dialog-form">
        <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUT_TABLE.filter((command) => command.keys.length > 0).map((command) => (
              <tr key={command.id}>
                <th scope="row">{command.title}</th>
                <td>{command.keys.map((spec) => <kbd key={spec}>{formatKeySpec(spec, isMac)}</kbd>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="quiet-status">Single-key shortcuts work when the focus is not in a text field.</p>
        <div className="dialog-actions">
          <button type="button" className="button" autoFocus onClick={onClose}>Close</button>
        </div>
      </div>
    </dialog>
  );
}
