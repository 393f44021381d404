import type { DocNode } from '../document/doc-node.js';

/** What an importer is given: the bytes or text of one source, and where it came from. */
export interface ImportInput {
  /** Pasted text or HTML, when there is no file. */
  content?: string;
  /** A file's bytes, when the user chose a file. */
  bytes?: Uint8Array;
  /** The file's name (used to detect its format and as the article's source). */
  fileName?: string;
  /** The page's address, when the user gave one (kept as the article's url; relative links resolve against it). */
  sourceUrl?: string;
  /** Overrides detection from the file name or content. */
  format?: 'auto' | 'text' | 'html';
}

/** An imported article before it is stored: metadata, canonical text and rich document. */
export interface ImportedDocument {
  title: string;
  byline: string | null;
  siteName: string | null;
  url: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Where it came from: the file name, "clipboard", or the url. */
  source: string;
  /** Equals docToText(doc) (core/document/doc-text.ts). */
  text: string;
  doc: DocNode;
}
