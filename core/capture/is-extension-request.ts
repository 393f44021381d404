import type { IncomingHttpHeaders } from 'node:http';

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]{1,64}$/i;

/**
 * Whether a request comes from a browser extension rather than a web page. A page cannot choose
 * the Origin its browser sends, nor Sec-Fetch-Site (which says "none" for an extension's own
 * request and "cross-site" for a page's); a POST always carries an Origin, a GET from an
 * extension none. The clipper's secret then keeps out the other extensions.
 */
export function isExtensionRequest(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'none') return false;
  const origin = headers.origin;
  if (method === 'GET') return origin === undefined || EXTENSION_ORIGIN.test(origin);
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}
