import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, messageOf } from '../api/api-error.js';
import { isJsonContentType } from '../http/is-json-content-type.js';
import { BodyTooLargeError, readRequestBody } from '../http/read-request-body.js';
import { sendJson } from '../http/send-response.js';
import type { CaptureDesk } from './capture-desk.js';
import { capturePayloadSchema, MAX_CAPTURE_HTML_CHARS, pairRequestSchema } from './capture-payload.js';
import { CAPTURE_PATHS, CAPTURE_PORTS } from '../model/capture-ports.js';
import { isExtensionRequest } from './is-extension-request.js';

/** A running capture listener. */
export interface CaptureListener {
  port: number;
  close(): Promise<void>;
}

/** A capture's JSON: its HTML, escaped, can be a few times the characters it holds. */
const MAX_BODY_BYTES = MAX_CAPTURE_HTML_CHARS * 2;

/**
 * Listens for the browser clipper on the first free port of CAPTURE_PORTS (127.0.0.1 only), and
 * gives the desk what arrives. Resolves to null when every port is taken: the app runs on, without
 * capture. No answer carries CORS headers, so no web page can read one; see isExtensionRequest.
 */
export async function startCaptureListener(desk: CaptureDesk, ports: readonly number[] = CAPTURE_PORTS): Promise<CaptureListener | null> {
  for (const port of ports) {
    // Port 0 (tests) is any free port: the Host check needs the one bound.
    let boundPort = port;
    const server = http.createServer((request, response) => {
      route(request, response, desk, boundPort).catch((error: unknown) => {
        if (!response.headersSent) sendJson(response, 500, failure('INTERNAL', messageOf(error)));
        else response.destroy();
      });
    });
    const listening = await new Promise<boolean>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error)));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (!listening) continue;
    boundPort = (server.address() as AddressInfo).port;
    desk.port = boundPort;
    return {
      port: boundPort,
      close: () =>
        new Promise<void>((resolve, reject) => {
          desk.port = null;
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        }),
    };
  }
  return null;
}

async function route(request: IncomingMessage, response: ServerResponse, desk: CaptureDesk, port: number): Promise<void> {
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // A DNS-rebinding page arrives with its own host name.
  const host = request.headers.host;
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendJson(response, 403, failure('PAIRING_REFUSED', 'Unexpected Host header.'));
  if (!isExtensionRequest(request.method, request.headers)) return sendJson(response, 403, failure('PAIRING_REFUSED', 'Only the Research Notes browser clipper can send pages here.'));
  const path = request.url ?? '';
  if (request.method === 'GET' && path === '/clipper/hello') {
    return sendJson(response, 200, { ok: true, value: { app: 'Research Notes', pairing: desk.pairings.isPairing() } });
  }
  if (request.method !== 'POST' || (path !== CAPTURE_PATHS.pair && path !== CAPTURE_PATHS.capture)) {
    return sendJson(response, 404, failure('NOT_FOUND', 'No such path.'));
  }
  if (!isJsonContentType(request.headers['content-type'])) return sendJson(response, 415, failure('INVALID_ARGUMENT', 'Send JSON.'));
  let body: unknown;
  try {
    body = JSON.parse(await readRequestBody(request, MAX_BODY_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      response.setHeader('Connection', 'close');
      return sendJson(response, 413, failure('IMPORT_TOO_LARGE', `The page is larger than the ${MAX_CAPTURE_HTML_CHARS / 1_000_000} million characters a capture may have.`));
    }
    return sendJson(response, 400, failure('INVALID_ARGUMENT', 'The request body is not valid JSON.'));
  }
  if (path === CAPTURE_PATHS.pair) {
    const pairRequest = pairRequestSchema.safeParse(body);
    if (!pairRequest.success) return sendJson(response, 400, failure('INVALID_ARGUMENT', 'A pairing request has a code and a name.'));
    try {
      const paired = await desk.pairings.pair(pairRequest.data.code, pairRequest.data.name);
      return sendJson(response, 200, { ok: true, value: paired });
    } catch (error) {
      if (error instanceof ApiError) return sendJson(response, error.code === 'PAIRING_REFUSED' ? 403 : 500, failure(error.code, error.message));
      throw error;
    }
  }
  const secret = /^Bearer ([0-9a-f]{64})$/.exec(request.headers.authorization ?? '')?.[1];
  if (secret === undefined || desk.pairings.clipperWithSecret(secret) === null) {
    return sendJson(response, 401, failure('PAIRING_REFUSED', 'This clipper is not paired with Research Notes: pair it again (Research Notes, "Pair browser clipper").'));
  }
  const payload = capturePayloadSchema.safeParse(body);
  if (!payload.success) return sendJson(response, 400, failure('INVALID_ARGUMENT', `The capture is not one Research Notes can read: ${payload.error.issues[0]?.path.join('.') ?? ''} ${payload.error.issues[0]?.message ?? ''}`.trim()));
  const activity = await desk.receive(payload.data);
  return sendJson(response, activity.state === 'imported' ? 200 : 422, activity.state === 'imported' ? { ok: true, value: activity } : failure('IMPORT_FAILED', activity.message ?? 'The page could not be imported.'));
}

function failure(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}
