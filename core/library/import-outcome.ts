import type { ArticleSummary, ImportOrigin } from '../model/article.js';
import type { ImportOptions } from '../import/import-progress.js';
import type { CaptureFacts } from '../model/capture-activity.js';

/**
 * What to do when the library already holds the same URL or the same original bytes. 'recapture'
 * (a browser capture of an address already captured) updates the article and keeps what it was
 * as an earlier version, its kept page included.
 */
export type IfDuplicate = 'ask' | 'update' | 'keep-both' | 'recapture';

/** How an imported document is stored (LibraryService.addImportedArticle). */
export interface StoreImportOptions {
  /** Default 'ask': fail with IMPORT_DUPLICATE naming the existing article. */
  ifDuplicate?: IfDuplicate;
  /** Where it came from; guessed from the document's source when not given. */
  origin?: ImportOrigin;
  /** The address the user asked for (before redirects), also recognised as a duplicate's. */
  requestedUrl?: string;
  /** Who imports it (the operator name setting); "" when unknown. */
  operator?: string;
  /** Set when a browser clipper captured the page: its address, time and tool are the evidence's. */
  capture?: CaptureFacts;
}

/** How a source is imported and stored (LibraryService.importSource). */
export interface ImportSourceOptions extends ImportOptions {
  ifDuplicate?: IfDuplicate;
  capture?: CaptureFacts;
}

/** What an import did: a new article, or an existing one updated in place, with its highlights' fate. */
export interface ImportOutcome {
  article: ArticleSummary;
  action: 'imported' | 'updated' | 'recaptured';
  /** Highlights placed in the new text by an update (0 for a new article). */
  anchored: number;
  /** Highlights an update could not place: kept, flagged orphaned. */
  orphaned: number;
}
