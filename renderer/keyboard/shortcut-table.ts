/** The one table of commands and shortcuts (in core, so that the Electron Help menu lists the same). */
export { SHORTCUT_TABLE, type CommandInfo } from '../../core/model/keyboard-shortcuts.js';
