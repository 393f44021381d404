import type { ImportSource } from './import-source.js';

/**
 * Import sources for the http(s) addresses in a text/uri-list (one per line, "#" lines are
 * comments) or in plain text that is nothing but addresses; the Node side fetches each. Other
 * schemes (file:, javascript:) are ignored.
 */
export function importSourcesFromUrls(list: string): ImportSource[] {
  const urls = list
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .filter(isHttpUrl);
  return [...new Set(urls)].map((url) => ({ label: url, read: async () => ({ url }) }));
}

/** Whether the text is an absolute http(s) address. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
