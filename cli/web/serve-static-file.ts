import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeFor } from './content-type-for.js';
import { resolveStaticFile } from './resolve-static-file.js';
import { sendText } from '../../core/http/send-response.js';

/** Answers a GET or HEAD with a file of the built renderer, or 404 for anything else. */
export async function serveStaticFile(request: IncomingMessage, response: ServerResponse, root: string, pathname: string): Promise<void> {
  const file = resolveStaticFile(root, pathname);
  // The real path is checked too, so a symbolic link inside the folder cannot point outside it.
  const real = file === null ? null : await realpath(file).catch(() => null);
  const realRoot = await realpath(root).catch(() => null);
  const info = realRoot !== null && real?.startsWith(realRoot + path.sep) ? await stat(real).catch(() => null) : null;
  if (real == null || !info?.isFile()) {
    sendText(response, 404, 'Not found.');
    return;
  }
  response.writeHead(200, { 'Content-Type': contentTypeFor(real), 'Content-Length': info.size });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(real);
    stream.on('error', reject);
    response.on('close', resolve);
    stream.pipe(response);
  });
}
