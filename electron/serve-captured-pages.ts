import type { Session } from 'electron';
import { ApiError, messageOf } from '../core/api/api-error.js';
import { capturedPagePolicy, type CapturedPage } from '../core/capture/captured-page.js';
import { articleIdOfCapturedAddress, CAPTURED_SCHEME } from '../core/model/captured-page-address.js';

/**
 * Serves "View as captured" on `rn-captured://page/<id>`: the article's kept bytes under the
 * sandbox policy (no script, no fetch), framed only by the app's file: page. The page's own
 * requests are refused by that policy before they reach any handler; navigations in the frame are
 * limited to this scheme by hardenWebContents.
 */
export function serveCapturedPages(session: Session, capturedPage: (id: string) => Promise<CapturedPage>): void {
  session.protocol.handle(CAPTURED_SCHEME, async (request) => {
    const id = articleIdOfCapturedAddress(request.url);
    if (id === null || request.method !== 'GET') return plain(404, 'Not found.');
    try {
      const page = await capturedPage(id);
      return new Response(new Uint8Array(page.bytes), { status: 200, headers: { 'Content-Type': page.mediaType, 'Content-Security-Policy': capturedPagePolicy('file:') } });
    } catch (error) {
      return plain(error instanceof ApiError && error.code === 'NOT_FOUND' ? 404 : 500, messageOf(error));
    }
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
