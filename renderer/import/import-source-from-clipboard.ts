import type { ImportSource } from './import-source.js';
import { importSourcesFromUrls, isHttpUrl } from './import-sources-from-urls.js';

/**
 * What a paste imports: the clipboard's HTML when it has some (it keeps headings, links and
 * lists), else its text; text that is only a web address imports that page. null when empty.
 */
export function importSourceFromClipboard(data: DataTransfer): ImportSource | null {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (html.trim() !== '') return { label: 'Pasted HTML', read: async () => ({ content: html, format: 'html' }) };
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (isHttpUrl(trimmed)) return importSourcesFromUrls(trimmed)[0] ?? null;
  return { label: 'Pasted text', read: async () => ({ content: text }) };
}
