import { useEffect, useRef } from 'react';
import { highlightShortcut } from './highlight-shortcut.js';
import { isTextField } from './is-text-field.js';

/** The app-wide keys and what each does. */
export interface GlobalShortcutHandlers {
  onHighlight: () => void;
  onEscape: () => void;
  onDelete: () => void;
  /** While a modal dialog is open it owns the keyboard. */
  isSuspended: boolean;
}

/** Listens on the window for Ctrl/Cmd+Shift+H (highlight), Escape (deselect) and Delete (remove the selected highlight). */
export function useGlobalShortcuts(handlers: GlobalShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const current = latest.current;
      if (current.isSuspended || event.defaultPrevented) return;
      if (highlightShortcut.matches(event)) {
        event.preventDefault();
        current.onHighlight();
      } else if (event.key === 'Escape') {
        current.onEscape();
      } else if (event.key === 'Delete' && !isTextField(document.activeElement)) {
        event.preventDefault();
        current.onDelete();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
