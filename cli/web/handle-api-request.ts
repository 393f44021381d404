import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiResult } from '../../core/api/api-result.js';
import { dispatchApiCall } from '../../core/api/dispatch-api-call.js';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import { isJsonContentType } from '../../core/http/is-json-content-type.js';
import { isSameOrigin } from './is-same-origin.js';
import { BodyTooLargeError, readRequestBody } from '../../core/http/read-request-body.js';
import { sendJson, sendText } from '../../core/http/send-response.js';

/** The largest API body: an imported file travels base64-encoded (the contract allows 80 MB of it). */
export const MAX_API_BODY_BYTES = 100 * 1024 * 1024;

/** `POST /api/<method>`: the JSON body is the argument object; the answer is always an ApiResult. */
export async function handleApiRequest(request: IncomingMessage, response: ServerResponse, api: ResearchNotesApi, method: string): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendText(response, 405, 'API calls are POST requests.');
    return;
  }
  if (!isSameOrigin(request.headers.origin, request.headers.host ?? '')) {
    sendText(response, 403, 'Forbidden: the request comes from another site.');
    return;
  }
  if (!isJsonContentType(request.headers['content-type'])) {
    sendJson(response, 415, invalid('API calls need Content-Type: application/json.'));
    return;
  }
  let body: string;
  try {
    body = await readRequestBody(request, MAX_API_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    // The rest of the body is not read, so the connection cannot be reused.
    response.setHeader('Connection', 'close');
    sendJson(response, 413, invalid(`The request is larger than ${MAX_API_BODY_BYTES / 1024 / 1024} MB.`));
    return;
  }
  let args: unknown;
  try {
    // An empty body is a call without arguments; dispatchApiCall treats it as {}.
    args = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    sendJson(response, 400, invalid('The request body is not valid JSON.'));
    return;
  }
  sendJson(response, 200, await dispatchApiCall(api, method, args));
}

function invalid(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'INVALID_ARGUMENT', message } };
}
