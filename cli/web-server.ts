import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ResearchNotesApi } from '../core/api/contract.js';
import { handleApiRequest } from './web/handle-api-request.js';
import { isAllowedHost } from './web/is-allowed-host.js';
import { setSecurityHeaders } from './web/security-headers.js';
import { sendJson, sendText } from '../core/http/send-response.js';
import { sendSessionEndedPage, wantsHtmlPage } from './web/send-session-ended-page.js';
import { serveStaticFile } from './web/serve-static-file.js';
import { CAPTURED_PREFIX, serveCapturedPage } from './web/serve-captured-page.js';
import type { CapturedPage } from '../core/capture/captured-page.js';
import { findSessionToken, TOKEN_HEADER, tokenCookie } from './web/session-token.js';
import { messageOf } from '../core/api/api-error.js';

/** What starts the web shell: the API to serve, the built renderer, and a port (0: any free one). */
export interface WebServerOptions {
  api: ResearchNotesApi;
  /** An article's kept web page, for `GET /captured/<id>` ("View as captured"); without it that route answers 404. */
  capturedPage?: (id: string) => Promise<CapturedPage>;
  rendererDir: string;
  port?: number;
}

/** A running web shell; `url` includes the session token and is what the user opens. */
export interface WebServer {
  url: string;
  port: number;
  token: string;
  /** The socket address the server is bound to, as the operating system reports it. */
  address: AddressInfo;
  close(): Promise<void>;
}

/**
 * Starts the local web shell on 127.0.0.1: the built renderer and `POST /api/<method>`, behind
 * the Host guard and the session token of DEVELOPERS.md. Routing and guards only; the API call
 * itself is dispatchApiCall's.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('hex');
  const rendererDir = path.resolve(options.rendererDir);
  let port = 0;
  const server = http.createServer((request, response) => {
    route(request, response, { api: options.api, capturedPage: options.capturedPage, rendererDir, port, token }).catch((error: unknown) => {
      process.stderr.write(`research-notes: request ${request.method} ${request.url} failed: ${messageOf(error)}\n`);
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the shell serves this computer's user, never the network.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    address,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections open; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** The answer to an API call without a valid token: the session it belonged to has ended. */
const SESSION_ENDED = {
  ok: false,
  error: { code: 'SESSION_ENDED', message: 'This Research Notes session has ended (the web shell was stopped or restarted). Open the address it printed when it started.' },
} as const;

interface RouteContext {
  api: ResearchNotesApi;
  capturedPage: WebServerOptions['capturedPage'];
  rendererDir: string;
  port: number;
  token: string;
}

async function route(request: IncomingMessage, response: ServerResponse, context: RouteContext): Promise<void> {
  setSecurityHeaders(response);
  if (!isAllowedHost(request.headers.host, context.port)) {
    sendText(response, 403, 'Forbidden: unexpected Host header.');
    return;
  }
  const target = request.url ?? '';
  if (!target.startsWith('/')) {
    sendText(response, 400, 'Bad request.');
    return;
  }
  // Parsed after a fixed origin so that a target like `//elsewhere/x` stays a path.
  const url = new URL(`http://127.0.0.1${target}`);
  const source = findSessionToken(request, url, context.token, context.port);
  if (source === null) {
    // Most often a tab left open across a restart: each start has a new token. The page says so,
    // the renderer's API calls get an answer it can show the same way, anything else a line of text.
    if (url.pathname.startsWith('/api/')) sendJson(response, 403, SESSION_ENDED);
    else if (wantsHtmlPage(request.headers.accept) && (request.method === 'GET' || request.method === 'HEAD')) sendSessionEndedPage(response, request.method);
    else sendText(response, 403, 'Forbidden: open the address printed by `research-notes web`, with its token.');
    return;
  }
  if (source === 'query') response.setHeader('Set-Cookie', tokenCookie(context.token, context.port));
  if (url.pathname.startsWith('/api/')) {
    // Calls change data, so the cookie alone is not enough: a browser sends it with requests from
    // any page on 127.0.0.1 (cookies ignore ports), while a custom header from another origin
    // needs a CORS preflight, which this server never grants. Our renderer always sends it.
    if (source !== 'header') {
      sendText(response, 403, `Forbidden: API calls need the session token in the ${TOKEN_HEADER} header.`);
      return;
    }
    // Method names are plain words, so the path is not decoded: anything odd is an unknown method.
    await handleApiRequest(request, response, context.api, url.pathname.slice('/api/'.length));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(response, 405, 'Method not allowed.');
    return;
  }
  if (url.pathname.startsWith(CAPTURED_PREFIX)) {
    await serveCapturedPage(request, response, context.capturedPage, url.pathname.slice(CAPTURED_PREFIX.length));
    return;
  }
  await serveStaticFile(request, response, context.rendererDir, url.pathname);
}
