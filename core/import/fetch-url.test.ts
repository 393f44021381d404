import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { fetchUrl } from './fetch-url.js';
import { FIXTURES, importChecked, importFailure } from './import-test-helpers.js';

const ARTICLE = `<html><head><title>Local news</title><meta charset="utf-8"></head><body><article><h1>Local news</h1><p>${'The council met on Monday and voted. '.repeat(20)}</p><p>caf\u00e9 \u2013 na\u00efve</p></article></body></html>`;
let server: http.Server;
let base: string;
const sockets = new Set<import('node:net').Socket>();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const left = Number(hop[1]);
      response.writeHead(302, { location: left === 0 ? '/article' : `/hop/${left - 1}` }).end();
    } else if (url.pathname === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    } else if (url.pathname === '/legacy') {
      // Windows-1252 bytes announced only by the header: the page declares nothing.
      const bytes = Buffer.from(ARTICLE.replace('<meta charset="utf-8">', '').replace('\u2013', '\u0096'), 'latin1');
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(bytes);
    } else if (url.pathname === '/cyrillic') {
      // "Привет" in Windows-1251: without the header it would be read as Windows-1252 ("Ïðèâåò").
      const word = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(Buffer.concat([Buffer.from('<p>'), word, Buffer.from(' world</p>')]));
    } else if (url.pathname === '/paper.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end(fs.readFileSync(path.join(FIXTURES, 'documents', 'pdf', 'two_paragraphs.pdf')));
    } else if (url.pathname === '/to-file') {
      response.writeHead(301, { location: 'file:///etc/passwd' }).end();
    } else if (url.pathname === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>starts but never ends');
    } else if (url.pathname === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < 4 * 1024 * 1024 && response.write(chunk)) sent += chunk.length;
        if (sent < 4 * 1024 * 1024) response.once('drain', () => { sent += chunk.length; pump(); });
        else response.end();
      };
      response.on('error', () => undefined);
      pump();
    } else {
      response.writeHead(404, 'Not Found', { 'content-type': 'text/plain' }).end('missing');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('importing a URL', () => {
  it('follows redirects, keeps the final URL and extracts the article', async () => {
    const result = await importChecked({ url: `${base}/hop/3` });
    expect(result.url).toBe(`${base}/article`);
    expect(result.title).toBe('Local news');
    expect(result.text).toContain('café – naïve');
    expect(result.source).toBe(`${base}/article`);
    expect(result.original?.mediaType).toBe('text/html; charset=utf-8');
  });

  it('decodes by the charset of the Content-Type header', async () => {
    expect((await importChecked({ url: `${base}/legacy` })).text).toContain('café – naïve');
    expect((await importChecked({ url: `${base}/cyrillic` })).text).toBe('Привет world');
  });

  it('imports a PDF by its media type', async () => {
    const result = await importChecked({ url: `${base}/paper.pdf` });
    expect(result.format).toBe('pdf');
    expect(result.text).toBe('The first paragraph.\n\nThe second paragraph.');
  });

  it.each([
    ['a 404', '/nothing-here', 'IMPORT_NETWORK', /\/nothing-here: the server answered 404 Not Found/],
    ['too many redirects', '/hop/11', 'IMPORT_NETWORK', /redirected more than 10 times/],
    ['a redirect to file:', '/to-file', 'IMPORT_UNSUPPORTED', /only http and https.*file:/],
  ])('fails %s clearly', async (_name, route, code, message) => {
    const error = await importFailure({ url: `${base}${route}` });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses addresses that are not http(s)', async () => {
    const error = await importFailure({ url: 'file:///etc/passwd' });
    expect(error).toMatchObject({ code: 'IMPORT_UNSUPPORTED' });
    expect(error.message).toMatch(/file:\/\/\/etc\/passwd.*only http and https/);
  });

  it('names a refused connection', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await importFailure({ url: `http://127.0.0.1:${port}/x` });
    expect(error.code).toBe('IMPORT_NETWORK');
    expect(error.message).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}/x: the connection was refused`));
  });

  it('gives up after the timeout', async () => {
    const error = await fetchUrl(`${base}/slow`, { timeoutMs: 300 }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'IMPORT_NETWORK' });
    expect((error as ApiError).message).toMatch(/\/slow: no complete answer within 0\.3 seconds/);
  });

  it('stops reading beyond the size cap', async () => {
    const error = await fetchUrl(`${base}/huge`, { maxBytes: 1024 * 1024 }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect((error as ApiError).message).toMatch(/\/huge: it is larger than 1 MB/);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await fetchUrl(`${base}/slow`, { signal: controller.signal }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'IMPORT_CANCELLED' });
  });
});
