import { z } from 'zod';
import type { Article, ArticleSummary } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import type { Tag } from '../model/tag.js';

/**
 * The one API contract: every call the UI may make, with its argument schema and result type.
 * Arguments and results are plain JSON. Electron's IPC and the web shell's HTTP routes are both
 * derived from `API_ARGUMENT_SCHEMAS`; the service in core/library implements `ResearchNotesApi`.
 */

const id = z.string().min(1).max(200);
const tagName = z.string().trim().min(1).max(200);

const target = z.object({
  quote: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(100_000),
    prefix: z.string().max(1_000),
    suffix: z.string().max(1_000),
  }),
  position: z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
});

const highlightFields = z.object({
  claimant: z.string().max(500),
  tags: z.array(tagName).max(200),
  note: z.string().max(200_000),
  color: z.string().max(50),
});

export const API_ARGUMENT_SCHEMAS = {
  /** Where the library lives and what the store recovered when it opened. */
  getLibraryInfo: z.object({}),
  listArticles: z.object({}),
  getArticle: z.object({ id }),
  /**
   * Imports pasted text or HTML (`content`), or a chosen file (`fileBase64` with its `fileName`).
   * `format` overrides detection from the file name or content.
   */
  importArticle: z.object({
    content: z.string().max(60_000_000).optional(),
    fileBase64: z.string().max(80_000_000).optional(),
    fileName: z.string().max(500).optional(),
    sourceUrl: z.string().max(4_000).optional(),
    format: z.enum(['auto', 'text', 'html']).optional(),
  }),
  deleteArticle: z.object({ id }),
  createHighlight: z.object({ articleId: id, target }).merge(highlightFields.partial()),
  updateHighlight: z.object({ articleId: id, id, patch: highlightFields.partial() }),
  deleteHighlight: z.object({ articleId: id, id }),
  /** Tags whose name starts with `prefix` (case-insensitive), most used first. */
  listTags: z.object({ prefix: z.string().max(200).optional(), limit: z.number().int().positive().max(1000).optional() }),
  exportArticleMarkdown: z.object({ articleId: id }),
} as const;

export type ApiMethod = keyof typeof API_ARGUMENT_SCHEMAS;
export type ApiArguments<M extends ApiMethod> = z.infer<(typeof API_ARGUMENT_SCHEMAS)[M]>;

/** What the library looks like from the outside. */
export interface LibraryInfo {
  path: string;
  articleCount: number;
  /** Things the store repaired when it opened (a damaged file restored from its backup, ...). */
  notices: string[];
}

/** An article with its highlights, as the article view needs it. */
export interface ArticleWithHighlights {
  article: Article;
  highlights: Highlight[];
}

/** A Markdown export ready to be saved under a suggested file name. */
export interface MarkdownExport {
  fileName: string;
  markdown: string;
}

export interface ApiResults {
  getLibraryInfo: LibraryInfo;
  listArticles: ArticleSummary[];
  getArticle: ArticleWithHighlights;
  importArticle: ArticleSummary;
  deleteArticle: null;
  createHighlight: Highlight;
  updateHighlight: Highlight;
  deleteHighlight: null;
  listTags: Tag[];
  exportArticleMarkdown: MarkdownExport;
}

/** The API as the UI sees it: one async function per method. */
export type ResearchNotesApi = {
  [M in ApiMethod]: (args: ApiArguments<M>) => Promise<ApiResults[M]>;
};

/** Every method name, for transports that register or expose them one by one. */
export const API_METHODS = Object.keys(API_ARGUMENT_SCHEMAS) as ApiMethod[];

/** Whether a string names a method of the contract. */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API_ARGUMENT_SCHEMAS, name);
}
