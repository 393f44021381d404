import http from 'node:http';

/** A raw HTTP request for tests: any Host header and any path, exactly as given (no URL normalising). */
export interface RawRequest {
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** What came back, with the body as text. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Sends one request with node:http rather than fetch, because fetch rewrites what the guards
 * must see: it normalises `..` out of paths and will not send a foreign Host header.
 */
export function sendHttpRequest(request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port: request.port, path: request.path, method: request.method ?? 'GET', headers: { host: `127.0.0.1:${request.port}`, ...request.headers }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
