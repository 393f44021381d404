import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of every response: only our own scripts, styles and fonts; images
 * may also be inline (data:, blob:) as imported articles carry them; no plugins, no <base>, no
 * form posts, no frames but our own captured pages, and no framing by others (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Only "View as captured": /captured/<id>, itself served sandboxed (cli/web/serve-captured-page.ts).
  "frame-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Sets the headers every response carries. Nothing is cached: pages and API answers hold the
 * user's notes, and the assets are small and local.
 */
export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
