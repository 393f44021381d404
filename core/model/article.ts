import type { DocNode } from '../document/doc-node.js';
import type { ImportFormat } from './import-format.js';

/** What the library list shows of an article: everything but its text and document. */
export interface ArticleSummary {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  url: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Text direction of the article, when the source says so. */
  dir: 'ltr' | 'rtl' | null;
  /** ISO 8601 time of the import. */
  importedAt: string;
  /** SHA-256 (hex) of the canonical plain text. */
  contentHash: string;
  /** Where the article came from: a file name, "clipboard", or a URL. */
  source: string;
  highlightCount: number;
  /** Tags of the article itself (not of one of its highlights); absent when it has none. */
  articleTags?: string[];
}

/** A whole article: its metadata, its canonical plain text, and its rich document (tiptap JSON). */
export interface Article extends ArticleSummary {
  /** The canonical plain text that highlights are anchored to (see core/document/doc-text.ts). */
  text: string;
  doc: DocNode;
  /** The user's free memo about the article (tiptap JSON); absent until written. */
  memo?: DocNode | null;
  /*
   * Provenance. Optional: articles imported before it was kept load unchanged.
   */
  /** Where the import came from. */
  importedFrom?: ImportOrigin;
  /** The format the source was read as. */
  format?: ImportFormat;
  /** SHA-256 (hex) of the original bytes (for pasted content, of its UTF-8 encoding). */
  originalSha256?: string;
  /** The original's own file name (or the name made up for pasted text and fetched pages). */
  originalFileName?: string;
  /** The original's media type, e.g. "application/pdf". */
  mediaType?: string;
  /** Where the original is kept, relative to the library folder ("originals/<id>-<hash>.pdf"). */
  originalPath?: string;
  /** A short summary (a page's description or its first paragraph); null when none. */
  excerpt?: string | null;
  /** The address the page gives as its own (link rel=canonical or og:url); null when none. */
  canonicalUrl?: string | null;
  /** For PDFs: the text offset where each page begins (see core/document/page-at-offset.ts). */
  pageStarts?: number[] | null;
  /** The title and byline as the source gave them, when the import cleaned them (" | Author" cut, a byline repeating the site dropped). */
  importedMetadata?: { title: string; byline: string | null };
  /** Where the reader last was: the canonical-text offset at the top of the view; absent until the article has been read. */
  readingPosition?: number;
  /** ISO 8601 time the article was last updated from its source by a re-import. */
  reimportedAt?: string;
  // Evidence. Optional: articles imported before it was kept load unchanged.
  /** UTC ISO 8601 time the source was captured (imported). */
  capturedAt?: string;
  /** The address the document had when it was captured or fetched (after redirects); null when none. */
  finalUrl?: string | null;
  /** The program and version that captured or imported it ("Research Notes 0.1.0"). */
  tool?: string;
  /** Who did it: the library's operator name setting at the time ("" when none was set). */
  operator?: string;
}

/** Where an article was imported from: a file (by name), a URL, or the clipboard. */
export type ImportOrigin = { kind: 'file'; fileName: string } | { kind: 'url'; url: string } | { kind: 'clipboard' };
