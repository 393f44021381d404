import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../core/api/api-error.js';
import { describeFileError } from './describe-file-error.js';

/** A file ready for importArticle: its bytes as base64 and its base name (which picks the importer). */
export interface ImportFile {
  fileBase64: string;
  fileName: string;
}

/** Reads a file named on the command line; a missing or unreadable file is a user error. */
export async function readImportFile(filePath: string): Promise<ImportFile> {
  try {
    const bytes = await readFile(filePath);
    return { fileBase64: bytes.toString('base64'), fileName: path.basename(filePath) };
  } catch (error) {
    throw new ApiError('INVALID_ARGUMENT', `cannot read ${filePath}: ${describeFileError(error)}`, { cause: error });
  }
}
