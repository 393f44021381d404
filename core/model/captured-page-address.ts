import { articleSummarySchema, type Article } from './article.js';

/**
 * Where a shell serves an article's kept page for "View as captured": the web shell on its own
 * origin (`/captured/<id>`, cli/web/serve-captured-page.ts), Electron on a scheme of its own
 * (electron/serve-captured-pages.ts), as its page is a file: URL. One definition, read by both
 * shells and the renderer.
 */
export const CAPTURED_SCHEME = 'rn-captured';

/** The frame address of an article's kept page in the shell the page runs in. */
export function capturedPageAddress(articleId: string, inElectron: boolean): string {
  const id = encodeURIComponent(articleId);
  return inElectron ? `${CAPTURED_SCHEME}://page/${id}` : `/captured/${id}`;
}

/** The article id in an Electron captured-page address, or null when the address is not one. */
export function articleIdOfCapturedAddress(address: string): string | null {
  const prefix = `${CAPTURED_SCHEME}://page/`;
  const id = address.startsWith(prefix) ? address.slice(prefix.length) : '';
  return articleSummarySchema.shape.id.safeParse(id).success ? id : null;
}

/** Whether an article kept a web page that can be viewed as captured (PDFs and Word files are kept, but not viewable this way). */
export function hasCapturedPage(article: Pick<Article, 'originalPath' | 'mediaType'>): boolean {
  return article.originalPath !== undefined && /^(text\/html|application\/xhtml\+xml)\b/i.test(article.mediaType ?? '');
}
