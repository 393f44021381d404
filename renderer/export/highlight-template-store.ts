import { DEFAULT_HIGHLIGHT_TEMPLATE } from '../../core/export/highlight-template.js';

const STORAGE_KEY = 'researchNotes.highlightTemplate';

/**
 * The user's Markdown template for one highlight, kept in this browser profile (it shapes files
 * written on this machine, so it need not travel with the library); the default when none is set.
 */
export const highlightTemplateStore = {
  read(): string {
    try {
      return localStorage.getItem(STORAGE_KEY) ?? DEFAULT_HIGHLIGHT_TEMPLATE;
    } catch {
      // Storage can be disabled; the default template still exports everything.
      return DEFAULT_HIGHLIGHT_TEMPLATE;
    }
  },
  /** Stores a template; the default (or an empty one) clears the entry, so a later default change reaches this user. */
  write(template: string): void {
    try {
      if (template.trim() === '' || template === DEFAULT_HIGHLIGHT_TEMPLATE) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, template);
    } catch {
      // As above: the template is a preference, not data.
    }
  },
};
