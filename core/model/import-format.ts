/** The formats the importer reads. */
export const IMPORT_FORMATS = ['text', 'html', 'markdown', 'docx', 'pdf'] as const;

/** One of the formats the importer reads. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The file name extensions (lower case, no dot) that announce each format. */
export const IMPORT_EXTENSIONS: Readonly<Record<ImportFormat, readonly string[]>> = {
  text: ['txt', 'text'],
  html: ['html', 'htm', 'xhtml'],
  markdown: ['md', 'markdown'],
  docx: ['docx'],
  pdf: ['pdf'],
};

/** The media type each format's original is kept under. */
export const IMPORT_MEDIA_TYPES: Readonly<Record<ImportFormat, string>> = {
  text: 'text/plain; charset=utf-8',
  html: 'text/html',
  markdown: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A file chooser's `accept` list: every extension and media type the importer reads. */
export function importAcceptList(): string {
  const extensions = IMPORT_FORMATS.flatMap((format) => IMPORT_EXTENSIONS[format].map((extension) => `.${extension}`));
  const mediaTypes = IMPORT_FORMATS.map((format) => IMPORT_MEDIA_TYPES[format].split(';')[0]!);
  return [...extensions, ...mediaTypes].join(',');
}
