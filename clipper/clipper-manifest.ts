/** The browsers the clipper is packed for. */
export type ClipperBrowser = 'chromium' | 'firefox';

/**
 * The clipper's manifest (Manifest V3) for one browser. Host access to every site is what lets it
 * read the page in the tab and fetch the images it showed; 127.0.0.1 is the app.
 */
export function clipperManifest(browser: ClipperBrowser, version: string): Record<string, unknown> {
  const background = browser === 'firefox' ? { scripts: ['background.js'], type: 'module' } : { service_worker: 'background.js', type: 'module' };
  return {
    manifest_version: 3,
    name: 'Research Notes Clipper',
    version,
    description: 'Sends the page you read, as you see it, to Research Notes on this computer.',
    action: { default_title: 'Send this page to Research Notes' },
    background,
    options_ui: { page: 'options.html', open_in_tab: true },
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    commands: { 'capture-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Send this page to Research Notes' } },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'clipper@research-notes.local', strict_min_version: '128.0' } } } : {}),
  };
}
