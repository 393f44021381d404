import type { DocNode } from '../document/doc-node.js';

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
}

/** A whole article: its metadata, its canonical plain text, and its rich document (tiptap JSON). */
export interface Article extends ArticleSummary {
  /** The canonical plain text that highlights are anchored to (see core/document/doc-text.ts). */
  text: string;
  doc: DocNode;
  /** The user's free memo about the article (tiptap JSON); absent until written. */
  memo?: DocNode | null;
}
