import { useEffect } from 'react';
import { isTextField } from '../keyboard/is-text-field.js';
import { importSourceFromClipboard } from './import-source-from-clipboard.js';
import type { ImportSource } from './import-source.js';

/**
 * Imports what is pasted (Ctrl/Cmd+V) while the focus is not in a text field: the clipboard's
 * HTML, else its text. Listening to the paste event rather than the key reads the clipboard the
 * user gave, without asking for the permission navigator.clipboard needs.
 */
export function usePasteImport(onPaste: (source: ImportSource) => void): void {
  useEffect(() => {
    const listener = (event: ClipboardEvent) => {
      if (event.defaultPrevented || !event.clipboardData) return;
      const target = event.target instanceof Element ? event.target : document.activeElement;
      if (isTextField(target) || isTextField(document.activeElement)) return;
      // Another dialog (settings, tags) has the user's attention; the import dialog does not mind.
      if (document.querySelector('dialog[open]:not(.import-dialog)')) return;
      const source = importSourceFromClipboard(event.clipboardData);
      if (!source) return;
      event.preventDefault();
      onPaste(source);
    };
    document.addEventListener('paste', listener);
    return () => document.removeEventListener('paste', listener);
  }, [onPaste]);
}
