import { SHORTCUT_TABLE } from '../core/model/keyboard-shortcuts.js';

/** The app's keyboard shortcuts as the Help menu lists them, with the platform's modifier key. */
export function describeKeyboardShortcuts(platform: NodeJS.Platform): string {
  const modifier = platform === 'darwin' ? 'Cmd' : 'Ctrl';
  return SHORTCUT_TABLE.filter((command) => command.keys.length > 0)
    .map((command) => `${command.keys.map((keys) => keys.replace(/\bMod\b/g, modifier)).join(' or ')}: ${command.title}`)
    .join('\n');
}
