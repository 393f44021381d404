import type { Article } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import type { LibrarySettings } from '../model/library-settings.js';
import type { Tag } from '../model/tag.js';

/** The `format` value that marks a Research Notes backup file. */
export const LIBRARY_BACKUP_FORMAT = 'research-notes-backup';

/** The version of the backup layout this code writes and reads. */
export const LIBRARY_BACKUP_VERSION = 1;

/** The source file an article was imported from, when the library keeps it and the user asked for it. */
export interface BackedUpOriginal {
  fileName: string;
  mediaType: string;
  /** The bytes, base64-encoded. */
  base64: string;
}

/** One article of a backup: everything getArticle returns, plus the original on request. */
export interface BackedUpArticle {
  article: Article;
  highlights: Highlight[];
  original?: BackedUpOriginal;
  /** The pages of its earlier captures, one per `article.previousVersions` entry (null for one whose file is gone); with the original. */
  earlierOriginals?: Array<BackedUpOriginal | null>;
}

/**
 * A whole library as one JSON document: every article with its text, document and highlights
 * (all fields, ids and timestamps as stored), the settings, and the tag list (derived from the
 * highlights; restore checks it). Articles are listed oldest import first.
 */
export interface LibraryBackup {
  format: typeof LIBRARY_BACKUP_FORMAT;
  version: typeof LIBRARY_BACKUP_VERSION;
  exportedAt: string;
  /** Which program wrote it, for a person reading the file. */
  generator: string;
  settings: LibrarySettings | null;
  tags: Tag[];
  articles: BackedUpArticle[];
}
