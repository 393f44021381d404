import { describe, expect, it } from 'vitest';
import { clipperManifest } from './clipper-manifest.js';

describe('clipperManifest', () => {
  it('gives Chromium a service worker and Firefox background scripts with an add-on id, both Manifest V3', () => {
    const chromium = clipperManifest('chromium', '1.2.3');
    const firefox = clipperManifest('firefox', '1.2.3');
    expect(chromium).toMatchObject({ manifest_version: 3, version: '1.2.3', background: { service_worker: 'background.js' } });
    expect(chromium).not.toHaveProperty('browser_specific_settings');
    expect(firefox).toMatchObject({ manifest_version: 3, background: { scripts: ['background.js'] }, browser_specific_settings: { gecko: { id: 'clipper@research-notes.local' } } });
  });

  it('asks for no permission beyond reading the tab, storing its pairing and its menu entry', () => {
    expect(clipperManifest('chromium', '0.1.0').permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
  });
});
