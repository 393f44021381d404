import type { WebContents } from 'electron';
import { articleIdOfCapturedAddress } from '../core/model/captured-page-address.js';
import { isExternalUrl } from './is-external-url.js';
import { createUserActivation } from './user-activation.js';

/**
 * The navigation guards for every web contents the app creates: the page can never navigate
 * away (in any frame), redirect, open a window, or attach a <webview>.
 *
 * External links take one path: the renderer calls `window.open(url)` when the user clicks a
 * link, and the window-open handler below hands an http(s) URL to `openExternal` (Electron's
 * shell.openExternal) only if the user clicked or pressed a key just before. Plain navigation to
 * a link (will-navigate) is always refused and opens nothing.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  const activation = createUserActivation();
  contents.on('input-event', (_event, input) => activation.noteInput(input.type));
  contents.on('will-navigate', (event) => event.preventDefault());
  // One exception: a frame of the app's page may show an article as captured (rn-captured:, sandboxed).
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || articleIdOfCapturedAddress(event.url) === null) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrl(url) && activation.consume()) {
      openExternal(url).catch((error: unknown) => console.error(`research-notes: could not open ${url}:`, error));
    }
    return { action: 'deny' };
  });
}
