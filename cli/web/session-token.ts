import type { IncomingMessage } from 'node:http';
import { readCookies } from './read-cookies.js';
import { tokensEqual } from './tokens-equal.js';

/** The header the renderer sends the token in on API calls. */
export const TOKEN_HEADER = 'x-research-notes-token';

/**
 * The name of the cookie set when the page is first opened with `?token=`, so that asset requests
 * carry it. Cookies are shared by every port of a host, so the name carries the port: two shells
 * on 127.0.0.1 (two libraries) must not overwrite each other's cookie.
 */
export function tokenCookieName(port: number): string {
  return `rn_token_${port}`;
}

/** How a request proved it holds the session token, or null when it did not. */
export type TokenSource = 'header' | 'cookie' | 'query' | null;

/**
 * Checks a request for the session token: in the X-Research-Notes-Token header, in this port's
 * cookie, or (on a GET only, as when the printed address is opened) in `?token=`.
 */
export function findSessionToken(request: IncomingMessage, url: URL, token: string, port: number): TokenSource {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string' && tokensEqual(header, token)) return 'header';
  if (readCookies(request.headers.cookie, tokenCookieName(port)).some((value) => tokensEqual(value, token))) return 'cookie';
  const query = url.searchParams.get('token');
  if (request.method === 'GET' && query !== null && tokensEqual(query, token)) return 'query';
  return null;
}

/** The Set-Cookie value that lets the browser carry the token on its next requests. */
export function tokenCookie(token: string, port: number): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
