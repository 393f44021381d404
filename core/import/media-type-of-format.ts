import type { ImportFormat } from './import-format.js';

const MEDIA_TYPES: Readonly<Record<ImportFormat, string>> = {
  text: 'text/plain; charset=utf-8',
  html: 'text/html',
  markdown: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The media type an original of the format is kept under. */
export function mediaTypeOfFormat(format: ImportFormat): string {
  return MEDIA_TYPES[format];
}
