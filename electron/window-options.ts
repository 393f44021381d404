import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. The page is isolated and sandboxed without Node: it reaches the
 * rest of the app only through the preload's `window.researchNotes` (see DEVELOPERS.md).
 */
export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Research Notes',
    // Shown once the page has painted, so the user never sees an empty white window.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click on a link would otherwise ask for a new window without a 'click' the page sees.
      disableBlinkFeatures: 'Auxclick',
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
