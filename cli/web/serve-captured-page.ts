import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../../core/api/api-error.js';
import { capturedPagePolicy, type CapturedPage } from '../../core/capture/captured-page.js';
import { articleSummarySchema } from '../../core/model/article.js';
import { sendText } from '../../core/http/send-response.js';

/** Where the web shell serves an article's kept page: `/captured/<article id>`. */
export const CAPTURED_PREFIX = '/captured/';

/**
 * Answers `GET /captured/<id>` with the article's kept page under the sandbox policy of
 * core/capture/captured-page.ts, framed only by the app's own page. It is a read, so the session
 * cookie is enough (the frame cannot send the token header); another page on 127.0.0.1 that
 * guesses an id can neither frame it (frame-ancestors) nor read it (same-origin policy).
 */
export async function serveCapturedPage(request: IncomingMessage, response: ServerResponse, capturedPage: ((id: string) => Promise<CapturedPage>) | undefined, id: string): Promise<void> {
  if (capturedPage === undefined || !articleSummarySchema.shape.id.safeParse(id).success) {
    sendText(response, 404, 'Not found.');
    return;
  }
  let page: CapturedPage;
  try {
    page = await capturedPage(id);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') {
      sendText(response, 404, error.message);
      return;
    }
    throw error;
  }
  response.setHeader('Content-Security-Policy', capturedPagePolicy("'self'"));
  response.writeHead(200, { 'Content-Type': page.mediaType, 'Content-Length': page.bytes.length, 'X-Content-SHA256': page.sha256 });
  response.end(request.method === 'HEAD' ? undefined : page.bytes);
}
