/** Every command's stable id (defined beside the shortcut table in core, which the Electron Help menu reads too). */
export type { CommandId } from '../../core/model/keyboard-shortcuts.js';
