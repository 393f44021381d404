import type { ImportInput } from './imported-document.js';

/** How error messages name what was being imported: the file "name", the page at a URL, or the pasted text. */
export function importSubject(input: ImportInput): string {
  const fileName = input.fileName?.trim();
  if (fileName) return `the file "${fileName}"`;
  const url = input.url?.trim();
  return url ? `the page ${url}` : 'the pasted text';
}
