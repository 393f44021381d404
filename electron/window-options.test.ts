import { describe, expect, it } from 'vitest';
import { windowOptions } from './window-options.js';

describe('windowOptions', () => {
  it('isolates and sandboxes the page, without Node, with our preload', () => {
    const options = windowOptions('/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    });
  });

  it('turns on no Blink feature and leaves no insecure option to its default', () => {
    const preferences = windowOptions('/p.cjs').webPreferences!;
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.additionalArguments).toBeUndefined();
    expect(Object.keys(preferences).sort()).toEqual(
      [
        'allowRunningInsecureContent', 'contextIsolation', 'disableBlinkFeatures', 'experimentalFeatures', 'navigateOnDragDrop', 'nodeIntegration',
        'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'preload', 'sandbox', 'spellcheck', 'webSecurity', 'webviewTag',
      ].sort(),
    );
  });
});
