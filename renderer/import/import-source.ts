import type { ApiArguments } from '../../core/api/contract.js';

/** One thing to import: how results name it, and how to read it into importArticle's arguments (lazily: a file is read only when its turn comes). */
export interface ImportSource {
  label: string;
  read(): Promise<ApiArguments<'importArticle'>>;
}
