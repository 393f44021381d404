/**
 * The app's commands and their keyboard shortcuts, in one table: the renderer's key handler,
 * command palette and help, and the Electron Help menu all read it.
 */

/** Every command the palette, the shortcuts and the help know, by a stable id. */
export type CommandId =
  | 'highlight'
  | 'undo'
  | 'redo'
  | 'reviewSuggestions'
  | 'nextSuggestion'
  | 'previousSuggestion'
  | 'acceptSuggestion'
  | 'dismissSuggestion'
  | 'nextHighlight'
  | 'previousHighlight'
  | 'focusTags'
  | 'linkHighlight'
  | 'deleteHighlight'
  | 'deselect'
  | 'search'
  | 'find'
  | 'findNext'
  | 'findPrevious'
  | 'palette'
  | 'help'
  | 'showReader'
  | 'showClaims'
  | 'manageTags'
  | 'openSettings'
  | 'importArticle'
  | 'exportMarkdown';

/** A command as the palette and the help list it, with its keys ("Mod" is Cmd on macOS, Ctrl elsewhere). */
export interface CommandInfo {
  id: CommandId;
  title: string;
  /** Key specs such as "Mod+Shift+H" or "J"; empty for a command reached only from the palette. */
  keys: readonly string[];
  /** Whether the keys also work while typing in a text field (only chords with Ctrl/Cmd do). */
  worksWhileTyping: boolean;
}

/**
 * The one table of commands and shortcuts: the key handler, the command palette and the help all read it.
 * A key may serve two commands (J: the next suggested claim while one is current, else the next
 * highlight); the first command in the table that is available right now takes it.
 */
export const SHORTCUT_TABLE: readonly CommandInfo[] = [
  { id: 'highlight', title: 'Highlight the selected text', keys: ['Mod+Shift+H'], worksWhileTyping: true },
  { id: 'undo', title: 'Undo the last annotation edit', keys: ['Mod+Z'], worksWhileTyping: false },
  { id: 'redo', title: 'Redo', keys: ['Mod+Shift+Z', 'Ctrl+Y'], worksWhileTyping: false },
  { id: 'reviewSuggestions', title: 'Go through the suggested claims', keys: ['S'], worksWhileTyping: false },
  { id: 'nextSuggestion', title: 'Next suggested claim', keys: ['J'], worksWhileTyping: false },
  { id: 'previousSuggestion', title: 'Previous suggested claim', keys: ['K'], worksWhileTyping: false },
  { id: 'acceptSuggestion', title: 'Accept the suggested claim as a highlight', keys: ['Enter'], worksWhileTyping: false },
  { id: 'dismissSuggestion', title: 'Dismiss the suggested claim', keys: ['Delete'], worksWhileTyping: false },
  { id: 'nextHighlight', title: 'Next highlight', keys: ['J', 'Alt+ArrowDown'], worksWhileTyping: false },
  { id: 'previousHighlight', title: 'Previous highlight', keys: ['K', 'Alt+ArrowUp'], worksWhileTyping: false },
  { id: 'focusTags', title: 'Tag the selected highlight', keys: ['T'], worksWhileTyping: false },
  { id: 'linkHighlight', title: 'Link the selected highlight to another…', keys: ['L'], worksWhileTyping: false },
  { id: 'deleteHighlight', title: 'Delete the selected highlight', keys: ['Delete'], worksWhileTyping: false },
  { id: 'deselect', title: 'Deselect', keys: ['Escape'], worksWhileTyping: true },
  { id: 'search', title: 'Search the library', keys: ['Mod+K', '/'], worksWhileTyping: false },
  { id: 'find', title: 'Find in the article', keys: ['Mod+F'], worksWhileTyping: true },
  // Function keys are never typed text, so they work from the find field too.
  { id: 'findNext', title: 'Next match', keys: ['F3'], worksWhileTyping: true },
  { id: 'findPrevious', title: 'Previous match', keys: ['Shift+F3'], worksWhileTyping: true },
  { id: 'palette', title: 'Command palette', keys: ['Mod+Shift+P'], worksWhileTyping: true },
  { id: 'help', title: 'Keyboard shortcuts', keys: ['?'], worksWhileTyping: false },
  { id: 'showReader', title: 'Show the article', keys: ['Mod+1'], worksWhileTyping: true },
  { id: 'showClaims', title: 'Show the claims view', keys: ['Mod+2'], worksWhileTyping: true },
  { id: 'manageTags', title: 'Manage tags…', keys: [], worksWhileTyping: false },
  { id: 'openSettings', title: 'Colours and claim kinds…', keys: [], worksWhileTyping: false },
  { id: 'importArticle', title: 'Import article…', keys: [], worksWhileTyping: false },
  { id: 'exportMarkdown', title: 'Export Markdown', keys: [], worksWhileTyping: false },
];
