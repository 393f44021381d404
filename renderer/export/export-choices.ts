import type { ExportFileRequest } from '../../core/export/build-export-file.js';
import type { HighlightFilter, SavedFilter } from '../../core/model/highlight-filter.js';

/** What one menu entry exports (the template, signal and progress are added when it runs). */
export type ExportChoiceRequest = Pick<ExportFileRequest, 'format' | 'articleId' | 'tag' | 'claimant' | 'savedFilter' | 'claimsFilter'>;

/** One entry of the Export menu: its label (its accessible name) and its request. */
export interface ExportChoice {
  key: string;
  label: string;
  request: ExportChoiceRequest;
  /** Starts a new group of entries: a separator is drawn above it. */
  startsGroup?: boolean;
}

/** What the menu can offer: the open article, the claims the claims view shows (and its tag or claimant), the saved filters. */
export interface ExportContext {
  article: { id: string; title: string } | null;
  /** In the claims view: its filter and how many claims it shows. */
  claims?: { filter: HighlightFilter; total: number } | undefined;
  tag?: string | undefined;
  claimant?: string | undefined;
  savedFilters: readonly SavedFilter[];
}

/**
 * The Export menu's entries, in order: Markdown (the article or the claims shown, the active tag or
 * claimant, each saved filter), then the JSON backup, then Web Annotations and CSV of the article
 * (or the claims shown) and the library.
 * Markdown of the whole library is a folder: the menu's own entry after these (FolderExportDialog).
 */
export function listExportChoices(context: ExportContext): ExportChoice[] {
  const choices: ExportChoice[] = [];
  const { article } = context;
  const claims = context.claims && context.claims.total > 0 ? context.claims : null;
  const shown = claims ? (claims.total === 1 ? 'the claim shown' : `the ${claims.total} claims shown`) : '';
  if (claims) choices.push({ key: 'md-claims', label: `Markdown: ${shown}`, request: { format: 'md', claimsFilter: claims.filter } });
  const tag = context.tag?.trim() || undefined;
  const claimant = context.claimant?.trim() || undefined;
  if (article) choices.push({ key: 'md-article', label: 'Markdown: this article', request: { format: 'md', articleId: article.id } });
  if (tag || claimant) {
    const parts = [tag ? `tag “${tag}”` : '', claimant ? `claimant “${claimant}”` : ''].filter(Boolean);
    choices.push({ key: 'md-collection', label: `Markdown: ${parts.join(', ')}`, request: { format: 'md', tag, claimant } });
  }
  for (const saved of context.savedFilters) {
    choices.push({ key: `md-filter-${saved.id}`, label: `Markdown: saved filter “${saved.name}”`, request: { format: 'md', savedFilter: saved.name } });
  }
  choices.push({ key: 'json-library', label: 'JSON backup: whole library', request: { format: 'json' }, startsGroup: choices.length > 0 });
  if (article) choices.push({ key: 'jsonld-article', label: 'Web Annotations: this article', request: { format: 'jsonld', articleId: article.id }, startsGroup: true });
  if (claims) choices.push({ key: 'jsonld-claims', label: `Web Annotations: ${shown}`, request: { format: 'jsonld', claimsFilter: claims.filter }, startsGroup: true });
  choices.push({ key: 'jsonld-library', label: 'Web Annotations: whole library', request: { format: 'jsonld' }, startsGroup: !article && !claims });
  if (article) choices.push({ key: 'csv-article', label: 'CSV: this article', request: { format: 'csv', articleId: article.id }, startsGroup: true });
  if (claims) choices.push({ key: 'csv-claims', label: `CSV: ${shown}`, request: { format: 'csv', claimsFilter: claims.filter }, startsGroup: true });
  choices.push({ key: 'csv-library', label: 'CSV: whole library', request: { format: 'csv' }, startsGroup: !article && !claims });
  return choices;
}
