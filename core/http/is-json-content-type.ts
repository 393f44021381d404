/**
 * Whether a Content-Type is JSON. Requiring it keeps plain HTML forms and "simple" cross-site
 * requests (text/plain) from reaching the API: a browser must preflight them, and we answer no.
 */
export function isJsonContentType(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
