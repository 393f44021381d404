import type { ApiResult } from '../../core/api/api-result.js';

/** What only the Electron shell offers the page (window.researchNotesShell, from its preload). */
export interface ShellBridge {
  /** The system's folder dialog: the chosen folder's path, or null when cancelled. */
  chooseFolder(title: string): Promise<ApiResult<string | null>>;
}

declare global {
  interface Window {
    /** Present only inside Electron; in the web shell a folder is typed as a path instead. */
    researchNotesShell?: ShellBridge;
  }
}

/** The desktop shell's folder dialog, or null in the web shell (no page can pick a folder's path there). */
export function folderChooser(): ((title: string) => Promise<string | null>) | null {
  const shell = window.researchNotesShell;
  if (!shell || typeof shell.chooseFolder !== 'function') return null;
  return async (title) => {
    const result = await shell.chooseFolder(title);
    return result.ok ? result.value : null;
  };
}
