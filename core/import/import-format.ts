/** The formats the importer reads. */
export const IMPORT_FORMATS = ['text', 'html', 'markdown', 'docx', 'pdf'] as const;

/** One of the formats the importer reads. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
