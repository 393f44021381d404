import { useId, useState, type KeyboardEvent } from 'react';
import { useModalDialog } from '../app/use-modal-dialog.js';
import type { CommandId } from './command-id.js';
import { formatKeySpec } from './key-spec.js';
import { isMacPlatform } from './is-mac-platform.js';
import { SHORTCUT_TABLE } from './shortcut-table.js';

interface CommandPaletteProps {
  isOpen: boolean;
  /** The commands that can run now; the others are listed dimmed. */
  available: ReadonlySet<CommandId>;
  onClose: () => void;
  onRun: (id: CommandId) => void;
}

/** The command palette: every command with its shortcut, filtered as you type; Enter runs the first. */
export function CommandPalette({ isOpen, available, onClose, onRun }: CommandPaletteProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const isMac = isMacPlatform();

  const dialogRef = useModalDialog(isOpen, () => {
    setQuery('');
    setActiveIndex(0);
  });

  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const commands = SHORTCUT_TABLE.filter((command) => command.id !== 'palette' && words.every((word) => command.title.toLowerCase().includes(word)));

  const run = (commandId: CommandId) => {
    if (!available.has(commandId)) return;
    onClose();
    // After the dialog has closed, so that focus moves go where the command sends them.
    setTimeout(() => onRun(commandId), 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveIndex((index) => Math.min(index + 1, commands.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && commands[activeIndex]) {
      event.preventDefault();
      run(commands[activeIndex].id);
    }
  };

  return (
    <dialog ref={dialogRef} className="app-dialog palette" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <h2 id={`${id}-title`} className="visually-hidden">Command palette</h2>
      <input
        type="text"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={commands[activeIndex] ? `${id}-${commands[activeIndex].id}` : undefined}
        className="palette-input"
        placeholder="Type a command"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Commands" className="palette-list">
        {commands.map((command, index) => (
          <li
            key={command.id}
            id={`${id}-${command.id}`}
            role="option"
            aria-selected={index === activeIndex}
            aria-disabled={!available.has(command.id)}
            className="palette-item"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command.id)}
          >
            <span>{command.title}</span>
            <span className="palette-keys">
              {command.keys.map((spec) => <kbd key={spec}>{formatKeySpec(spec, isMac)}</kbd>)}
            </span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
