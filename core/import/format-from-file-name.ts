import { ApiError } from '../api/api-error.js';

const FORMAT_BY_EXTENSION: Readonly<Record<string, 'text' | 'html'>> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  // Markdown is read as plain text until it has an importer of its own.
  md: 'text',
  markdown: 'text',
};

/**
 * The format a file name's extension announces; null when it has none (the content decides).
 * Throws IMPORT_UNSUPPORTED for any other extension (.exe, .zip, .pdf, ...).
 */
export function formatFromFileName(fileName: string | undefined): 'text' | 'html' | null {
  const base = (fileName ?? '').trim().split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  // ".bashrc"-style names and names without a dot have no extension.
  if (dot <= 0 || dot === base.length - 1) return null;
  const extension = base.slice(dot + 1).toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  if (format !== undefined) return format;
  throw new ApiError(
    'IMPORT_UNSUPPORTED',
    `Cannot import the file "${fileName!.trim()}": .${extension} files are not supported. Import a text (.txt), Markdown (.md) or web page (.html) file, or paste the text.`,
  );
}
