import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readRequestBody } from './read-request-body.js';

// A request body as a stream of chunks, with or without a declared Content-Length.
function requestOf(chunks: string[], contentLength?: number): { request: IncomingMessage; read: () => number } {
  let read = 0;
  const stream = Readable.from(
    (function* () {
      for (const chunk of chunks) {
        read += 1;
        yield Buffer.from(chunk);
      }
    })(),
  ) as unknown as IncomingMessage;
  stream.headers = contentLength === undefined ? {} : { 'content-length': String(contentLength) };
  return { request: stream, read: () => read };
}

describe('readRequestBody', () => {
  it('reads a body up to the limit', async () => {
    await expect(readRequestBody(requestOf(['{"a":', '"é"}']).request, 10)).resolves.toBe('{"a":"é"}');
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    const { request, read } = requestOf(['x'], 11);
    await expect(readRequestBody(request, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(read()).toBe(0);
  });

  it('stops reading a chunked body (no Content-Length) as soon as it passes the limit', async () => {
    const { request, read } = requestOf(['12345', '67890', 'x', 'never read']);
    await expect(readRequestBody(request, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(read()).toBe(3);
  });

  it('does not trust a Content-Length smaller than the body', async () => {
    await expect(readRequestBody(requestOf(['12345', '678901'], 3).request, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});
