import { shell, type WebContents } from 'electron';
import { isExternalUrl } from './is-external-url.js';

/**
 * The navigation guards for every web contents the app creates: the page can never navigate
 * away or redirect, never open a window (http(s) links go to the system browser instead) and
 * never attach a <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => console.error(`research-notes: could not open ${url}:`, error));
    }
    return { action: 'deny' };
  });
}
