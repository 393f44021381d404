import fs from 'node:fs/promises';
import { ApiError } from '../api/api-error.js';
import type { Article } from '../model/article.js';
import { hasCapturedPage } from '../model/captured-page-address.js';

/**
 * The Content-Security-Policy of a page shown "as captured". `sandbox` (no allow-* flag) gives it
 * a unique origin with scripts, forms, popups and top navigation disabled; `default-src 'none'`
 * refuses every fetch, so only what the capture inlined (data: images, fonts, inline styles)
 * shows. `frameAncestors` names who may frame it: the web shell's own page ('self'), or in
 * Electron the app's file: page.
 */
export function capturedPagePolicy(frameAncestors: string): string {
  return [
    'sandbox',
    "default-src 'none'",
    'img-src data: blob:',
    "style-src 'unsafe-inline' data:",
    'font-src data:',
    'media-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** The bytes of an article's kept page, as the capture (or the saved file) has them. */
export interface CapturedPage {
  bytes: Buffer;
  /** "text/html", with the charset the original declared when it did. */
  mediaType: string;
  sha256: string;
}

/**
 * Reads the kept page of an article for "View as captured": NOT_FOUND when it kept none (pasted
 * text, a PDF) or the file is gone. The bytes are served as they are, never rewritten: what is
 * shown is what the SHA-256 in the article details covers.
 */
export async function readCapturedPage(article: Article, pathOf: (relativePath: string) => string | null): Promise<CapturedPage> {
  const filePath = hasCapturedPage(article) ? pathOf(article.originalPath!) : null;
  if (filePath === null) throw new ApiError('NOT_FOUND', `"${article.title}" has no page kept as captured: it was imported from ${article.mediaType ?? 'text'}, not from a web page.`);
  const bytes = await fs.readFile(filePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new ApiError('NOT_FOUND', `The captured page of "${article.title}" is missing from the library (${article.originalPath}). Run research-notes verify.`);
    throw error;
  });
  return { bytes, mediaType: article.mediaType!, sha256: article.originalSha256 ?? '' };
}
