const STORAGE_KEY = 'researchNotes.lastArticle';

/** The article open when the app was last used, remembered across restarts (per browser profile). */
export const lastArticle = {
  read(): string | null {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage can be disabled; forgetting the last article is harmless.
      return null;
    }
  },
  write(id: string | null): void {
    try {
      if (id) localStorage.setItem(STORAGE_KEY, id);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // As above: remembering is a convenience.
    }
  },
};
