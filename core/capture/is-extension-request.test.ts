import { describe, expect, it } from 'vitest';
import { isExtensionRequest } from './is-extension-request.js';

// The headers as Chromium 150 sends them, seen on a test server: an extension's POST has its Origin and
// Sec-Fetch-Site "none", its GET no Origin; a page's request says "cross-site" (or "same-site").
const EXTENSION = 'chrome-extension://neglhnnpbdmfinphmeoiohmbfckeknme';

describe('isExtensionRequest', () => {
  it('lets through an extension’s POST and GET', () => {
    expect(isExtensionRequest('POST', { origin: EXTENSION, 'sec-fetch-site': 'none' })).toBe(true);
    expect(isExtensionRequest('POST', { origin: 'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-1234567890ab' })).toBe(true);
    expect(isExtensionRequest('GET', { 'sec-fetch-site': 'none' })).toBe(true);
  });

  it('refuses a web page’s request, and a POST without an Origin', () => {
    expect(isExtensionRequest('POST', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(isExtensionRequest('POST', { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-site' })).toBe(false);
    expect(isExtensionRequest('GET', { 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(isExtensionRequest('GET', { origin: 'https://evil.example' })).toBe(false);
    expect(isExtensionRequest('POST', {})).toBe(false);
    expect(isExtensionRequest('POST', { origin: `${EXTENSION}.evil.example` })).toBe(false);
  });
});
