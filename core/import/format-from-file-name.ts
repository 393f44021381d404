import { ApiError } from '../api/api-error.js';
import { IMPORT_EXTENSIONS, IMPORT_FORMATS, type ImportFormat } from '../model/import-format.js';

// A Map, not an object literal: it is looked up by the user's file name ("report.constructor").
const FORMAT_BY_EXTENSION: ReadonlyMap<string, ImportFormat> = new Map(IMPORT_FORMATS.flatMap((format) => IMPORT_EXTENSIONS[format].map((extension) => [extension, format] as const)));

/**
 * The format a file name's extension announces; null when it has none (the content decides).
 * Throws IMPORT_UNSUPPORTED for any other extension (.exe, .zip, .doc, ...).
 */
export function formatFromFileName(fileName: string | undefined): ImportFormat | null {
  const base = (fileName ?? '').trim().split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  // ".bashrc"-style names and names without a dot have no extension.
  if (dot <= 0 || dot === base.length - 1) return null;
  const extension = base.slice(dot + 1).toLowerCase();
  const format = FORMAT_BY_EXTENSION.get(extension);
  if (format !== undefined) return format;
  throw new ApiError(
    'IMPORT_UNSUPPORTED',
    `Cannot import the file "${fileName!.trim()}": .${extension} files are not supported. Import a web page (.html), PDF, Word (.docx), Markdown (.md) or text (.txt) file, or paste the text.`,
  );
}
