import { ApiError, messageOf } from '../api/api-error.js';

/** Most redirects followed, as browsers allow about 20 and a sane site needs two or three. */
export const MAX_REDIRECTS = 10;
/** How long a fetch may take in all, headers and body (ms). */
export const FETCH_TIMEOUT_MS = 20_000;
/** Largest response read (bytes); the download stops as soon as it goes beyond. */
export const MAX_FETCH_BYTES = 50 * 1024 * 1024;

/** A fetched response: its bytes, the address after redirects, and what the server said it is. */
export interface FetchedResource {
  bytes: Uint8Array;
  /** The final address, after redirects. */
  url: string;
  /** The Content-Type header, e.g. "text/html; charset=windows-1252"; null when missing. */
  contentType: string | null;
}

/** Limits of fetchUrl, to be lowered in tests. */
export interface FetchUrlOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * Fetches an http(s) address from the Node side: redirects followed (at most MAX_REDIRECTS, each
 * to http(s) only), FETCH_TIMEOUT_MS for everything, at most MAX_FETCH_BYTES streamed. Throws
 * IMPORT_NETWORK naming the address and the reason (not found, refused, timed out, ...),
 * IMPORT_TOO_LARGE beyond the cap, IMPORT_UNSUPPORTED for other schemes, IMPORT_CANCELLED.
 */
export async function fetchUrl(address: string, options: FetchUrlOptions = {}): Promise<FetchedResource> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([timeout, options.signal]);
  let url = httpUrl(address, address);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.8' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel();
        if (redirects >= MAX_REDIRECTS) throw new ApiError('IMPORT_NETWORK', `Could not fetch ${address}: it redirected more than ${MAX_REDIRECTS} times.`);
        url = httpUrl(new URL(location, url).href, address);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ApiError('IMPORT_NETWORK', `Could not fetch ${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw tooLarge(url, maxBytes);
      }
      return { bytes: await readCapped(response, url, maxBytes), url, contentType: response.headers.get('content-type') };
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (options.signal?.aborted) throw new ApiError('IMPORT_CANCELLED', `The import of ${address} was cancelled.`, { cause: error });
    if (timeout.aborted) throw new ApiError('IMPORT_NETWORK', `Could not fetch ${url}: no complete answer within ${timeoutMs / 1000} seconds.`, { cause: error });
    throw new ApiError('IMPORT_NETWORK', `Could not fetch ${url}: ${networkReason(error)}.`, { cause: error });
  }
}

function httpUrl(value: string, original: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch (error) {
    throw new ApiError('IMPORT_UNSUPPORTED', `Cannot import ${original}: it is not a web address.`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApiError('IMPORT_UNSUPPORTED', `Cannot import ${original}: only http and https addresses can be fetched${value === original ? '' : ` (it redirects to ${url.protocol})`}.`);
  }
  return url.href;
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(url: string, maxBytes: number): ApiError {
  return new ApiError('IMPORT_TOO_LARGE', `Could not import ${url}: it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

/** What went wrong below HTTP, in words; Node's fetch hides the system error in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  switch (cause?.code) {
    case 'ECONNREFUSED': return 'the connection was refused (is the server running?)';
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'the host name could not be found (are you offline?)';
    case 'ECONNRESET': case 'UND_ERR_SOCKET': return 'the connection was closed unexpectedly';
    case 'ETIMEDOUT': case 'UND_ERR_CONNECT_TIMEOUT': return 'the connection timed out';
    default: return cause?.message ?? messageOf(error);
  }
}
