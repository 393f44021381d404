import type { ErrorArticle } from '../../core/api/api-error.js';
import type { ArticleSummary } from '../../core/model/article.js';
import type { ImportSource } from './import-source.js';

/** Where one source of a batch import is. */
export type ImportItemState = 'waiting' | 'importing' | 'imported' | 'updated' | 'duplicate' | 'failed' | 'cancelled';

/** One source of a batch import and its result. */
export interface ImportItem {
  key: number;
  source: ImportSource;
  state: ImportItemState;
  /** The reason of a failure or duplicate; empty otherwise. */
  message: string;
  article: ArticleSummary | null;
  /** For a duplicate: the article already in the library that it repeats. */
  duplicateOf?: ErrorArticle | null;
}
