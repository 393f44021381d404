/** The export formats: Markdown, JSON backup, W3C Web Annotation JSON-LD, CSV. */
export const EXPORT_FORMATS = ['md', 'json', 'jsonld', 'csv'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export that is one file: its suggested name, its text and its media type. */
export interface ExportedFile {
  fileName: string;
  content: string;
  mediaType: string;
}
