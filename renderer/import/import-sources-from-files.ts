import { encodeBase64 } from '../library/encode-base64.js';
import type { ImportSource } from './import-source.js';

/** Import sources for chosen or dropped files, named by their file names. */
export function importSourcesFromFiles(files: Iterable<File>, sourceUrl?: string): ImportSource[] {
  return [...files].map((file) => ({
    label: file.name,
    read: async () => ({ fileBase64: encodeBase64(await file.arrayBuffer()), fileName: file.name, ...(sourceUrl ? { sourceUrl } : {}) }),
  }));
}
