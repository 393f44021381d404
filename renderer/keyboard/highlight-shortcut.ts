import { isMacPlatform } from './is-mac-platform.js';

/** The Highlight shortcut (Ctrl+Shift+H, Cmd+Shift+H on macOS) as aria-keyshortcuts, as shown to people, and as a matcher. */
export const highlightShortcut = {
  aria: isMacPlatform() ? 'Meta+Shift+H' : 'Control+Shift+H',
  label: isMacPlatform() ? '⌘⇧H' : 'Ctrl+Shift+H',
  matches(event: KeyboardEvent): boolean {
    const isModifierDown = isMacPlatform() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
    return isModifierDown && event.shiftKey && !event.altKey && (event.code === 'KeyH' || event.key.toLowerCase() === 'h');
  },
};
