import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, messageOf } from '../api/api-error.js';
import { importDocument } from './import-document.js';
import type { ImportOptions } from './import-progress.js';
import type { ImportedDocument, ImportInput } from './imported-document.js';
import { resourceReaderFor } from './resource-reader-for.js';

/**
 * Imports a file on disk (CLI and Electron, given its path). A saved web page may embed the local
 * images of its "_files" folder: they are read only from the page's own folder, never above it.
 */
export async function importFileFromPath(filePath: string, options: ImportOptions = {}): Promise<ImportedDocument> {
  return importDocument(await importInputFromPath(filePath), options);
}

/** The ImportInput for a file on disk (read here, so a worker can be handed plain bytes). */
export async function importInputFromPath(filePath: string): Promise<ImportInput> {
  const absolute = path.resolve(filePath);
  const fileName = path.basename(absolute);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(absolute));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : messageOf(error);
    throw new ApiError('IMPORT_FAILED', `Cannot import the file "${fileName}": ${reason}.`, { cause: error });
  }
  return { bytes, fileName, readResource: resourceReaderFor(path.dirname(absolute)) };
}
