import { useEffect, useRef } from 'react';
import type { CommandId } from './command-id.js';
import { isMacPlatform } from './is-mac-platform.js';
import { isTextField } from './is-text-field.js';
import { matchesKeySpec } from './key-spec.js';
import { SHORTCUT_TABLE } from './shortcut-table.js';

/** What each command does; a command without a handler here is not available right now. */
export type CommandHandlers = Partial<Record<CommandId, () => void>>;

// Escape belongs to whatever has focus first (a suggestion list, a dialog); the app only deselects.
const KEEPS_DEFAULT: ReadonlySet<CommandId> = new Set(['deselect']);

/** Listens on the window for the keys of SHORTCUT_TABLE and runs their commands; an open modal dialog owns the keyboard. */
export function useGlobalShortcuts(handlers: CommandHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
      const isTyping = isTextField(document.activeElement);
      // Enter on a button or a link is that control's own: the window's shortcut must not run as well.
      if (event.key === 'Enter' && document.activeElement?.closest('button, a, summary, [role="button"]')) return;
      for (const command of SHORTCUT_TABLE) {
        if (isTyping && !command.worksWhileTyping) continue;
        if (!command.keys.some((spec) => matchesKeySpec(spec, event, isMac))) continue;
        const run = latest.current[command.id];
        // Not available now: a later command with the same key may be (J for suggestions, then for highlights).
        if (!run) continue;
        if (!KEEPS_DEFAULT.has(command.id)) event.preventDefault();
        run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
