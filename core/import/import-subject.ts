import type { ImportInput } from './imported-document.js';

/** How error messages name what was being imported: the file "name" or the pasted text. */
export function importSubject(input: ImportInput): string {
  const fileName = input.fileName?.trim();
  return fileName ? `the file "${fileName}"` : 'the pasted text';
}
