import type { DocNode } from '../document/doc-node.js';
import type { ImportFormat } from '../model/import-format.js';

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
  /** An http(s) address to fetch and import (Node side only); the address after redirects becomes the url. */
  url?: string;
  /** Overrides detection from the file name or content. */
  format?: 'auto' | ImportFormat;
  /**
   * Reads a file next to a saved web page (its "_files" folder), by a path relative to the page;
   * null when it is missing or not allowed. Only local images are read through it, never the network.
   */
  readResource?: (relativePath: string) => Promise<Uint8Array | null>;
}

/** The source exactly as it arrived, kept so the library can store it as evidence and re-extract later. */
export interface ImportedOriginal {
  bytes: Uint8Array;
  /** The file name, or a name made up for pasted text and fetched pages ("clipboard.txt", "page.html"). */
  fileName: string;
  /** Its media type, e.g. "application/pdf" or "text/html; charset=windows-1252" as a server sent it. */
  mediaType: string;
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
  /*
   * The fields below are always set by importDocument. They are optional only so that documents
   * built elsewhere (core/library's test helpers) keep compiling until the store adopts them.
   */
  /** The title and byline as the source gave them, when cleaning changed them (core/import/clean-page-metadata.ts). */
  importedMetadata?: { title: string; byline: string | null };
  /** True when the source has no title of its own and `title` is the start of its text. */
  titleIsDerived?: boolean;
  /** A short summary of the article (a page's description or its first paragraph); null when none. */
  excerpt?: string | null;
  /** The address the page gives as its own (link rel=canonical or og:url); null when none. */
  canonicalUrl?: string | null;
  /** The format it was read as. */
  format?: ImportFormat;
  /**
   * For paginated sources (PDF): pageStarts[i] is the text offset where page i + 1 begins, so a
   * highlight at offset o is on page pageAtOffset(pageStarts, o) (core/document/page-at-offset.ts).
   * A page without text starts where the next one does. null for sources without pages.
   */
  pageStarts?: number[] | null;
  /** SHA-256 (hex) of the original bytes; for pasted content, of its UTF-8 encoding. */
  originalSha256?: string;
  /** The original source, to be kept inside the library. */
  original?: ImportedOriginal;
}
