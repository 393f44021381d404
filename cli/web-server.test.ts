import http from 'node:http';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type LibraryService } from '../core/library/library-service.js';
import { sendHttpRequest } from './test-support/send-http-request.js';
import { startWebServer, type WebServer } from './web-server.js';

// The web shell in this process, on a real library in a temporary folder and a small renderer
// folder of its own (with a secret beside it, for the traversal checks).

let folder: string;
let library: LibraryService;
let server: WebServer;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-web-server-'));
  const rendererDir = path.join(folder, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Research Notes</title><script type="module" src="./assets/app.js"></script>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body { margin: 0; }');
  await writeFile(path.join(folder, 'secret.txt'), 'secret');
  library = await openLibrary(path.join(folder, 'library'));
  server = await startWebServer({ api: library, capturedPage: (id) => library.capturedPage(id), rendererDir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await library?.close();
  await rm(folder, { recursive: true, force: true });
});

const get = (requestPath: string, headers: Record<string, string> = {}) => sendHttpRequest({ port: server.port, path: requestPath, headers });
const withToken = (): Record<string, string> => ({ 'x-research-notes-token': server.token });
const callApi = (method: string, body: string, headers: Record<string, string> = {}) =>
  sendHttpRequest({ port: server.port, method: 'POST', path: `/api/${method}`, body, headers: { ...withToken(), 'content-type': 'application/json', ...headers } });

describe('startWebServer', () => {
  it('listens on 127.0.0.1 and prints a URL with a 64-digit hex token', () => {
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.address).toEqual({ address: '127.0.0.1', family: 'IPv4', port: server.port });
  });

  it('cannot be reached on any other address of this computer', async () => {
    const others = Object.values(networkInterfaces()).flat().filter((entry) => entry !== undefined && !entry.internal && entry.family === 'IPv4');
    for (const other of others) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: other!.address, port: server.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, other!.address).toBe('ECONNREFUSED');
    }
  });

  it('refuses a request without a token, or with a wrong one', async () => {
    for (const headers of <Record<string, string>[]>[{}, { 'x-research-notes-token': 'f'.repeat(64) }, { 'x-research-notes-token': 'short' }, { cookie: 'rn_token=nope' }, { cookie: `rn_token_${server.port}=nope` }]) {
      const response = await get('/', headers);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
    }
    expect((await get(`/?token=${'0'.repeat(64)}`)).status).toBe(403);
  });

  it('tells a browser whose tab outlived its session that the session ended and how to open the new one', async () => {
    const stale = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', cookie: `rn_token_${server.port}=${'e'.repeat(64)}` };
    const response = await get('/', stale);
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<h1>Session ended</h1>');
    expect(response.body).toContain('<code>research-notes web</code>');
    expect(response.body).not.toContain('<script');
    // Its one inline style is allowed by hash; nothing else is loosened.
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).toContain("script-src 'self'");
    // A script or a tool (no HTML accepted) still gets the line of text.
    expect((await get('/assets/app.js', { ...stale, accept: '*/*' })).headers['content-type']).toMatch(/^text\/plain/);
  });

  it('answers an API call of an ended session with SESSION_ENDED, which the page can show', async () => {
    const response = await callApi('listArticles', '{}', { 'x-research-notes-token': 'd'.repeat(64) });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'SESSION_ENDED' } });
  });

  it('serves index.html for the printed address and sets the HttpOnly, SameSite=Strict cookie', async () => {
    const response = await get(`/?token=${server.token}`);
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Research Notes</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['set-cookie']).toEqual([`rn_token_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'self'; frame-ancestors 'none'",
    );
  });

  it('serves assets to the cookie, with their content types', async () => {
    const cookie = { cookie: `other=1; rn_token_${server.port}=${server.token}` };
    const script = await get('/assets/app.js', cookie);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("app");');
    expect((await get('/assets/app.css', cookie)).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/assets/missing.js', cookie)).status).toBe(404);
    expect((await get('/assets', cookie)).status).toBe(404);
  });

  it('accepts the token in the query on a GET only', async () => {
    const response = await sendHttpRequest({ port: server.port, method: 'POST', path: `/api/listArticles?token=${server.token}`, body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const host of ['evil.example:' + server.port, `127.0.0.1:${server.port + 1}`, '127.0.0.1', `localhost.evil.example:${server.port}`]) {
      expect((await get('/', { ...withToken(), host })).status).toBe(403);
    }
    expect((await get('/', { ...withToken(), host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A', `/${folder}/secret.txt`]) {
      const response = await get(attempt, withToken());
      expect([403, 404, 400], attempt).toContain(response.status);
      expect(response.body, attempt).not.toContain('secret');
    }
  });

  it('answers an API call with its ApiResult, through dispatchApiCall', async () => {
    const info = await callApi('getLibraryInfo', '{}');
    expect(info.status).toBe(200);
    expect(info.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(info.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(info.body)).toEqual({ ok: true, value: { path: library.path, articleCount: 0, notices: [], readOnly: false } });
    expect(JSON.parse((await callApi('listArticles', '')).body)).toEqual({ ok: true, value: [] });
    expect(JSON.parse((await callApi('getArticle', '{"id":"nope"}')).body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.parse((await callApi('getArticle', '{}')).body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(JSON.parse((await callApi('noSuchMethod', '{}')).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers malformed JSON with 400 and an INVALID_ARGUMENT result', async () => {
    const response = await callApi('listArticles', '{"oops"');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('requires Content-Type application/json on API calls', async () => {
    expect((await callApi('listArticles', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await callApi('listArticles', '{}', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('refuses an API call that carries the token only in the cookie (cross-site request forgery)', async () => {
    const cookieOnly = { cookie: `rn_token_${server.port}=${server.token}`, 'content-type': 'application/json' };
    for (const origin of [undefined, `http://127.0.0.1:${server.port}`, 'http://127.0.0.1:8000']) {
      const response = await sendHttpRequest({ port: server.port, method: 'POST', path: '/api/deleteArticle', body: '{"id":"x"}', headers: origin ? { ...cookieOnly, origin } : cookieOnly });
      expect(response.status, String(origin)).toBe(403);
      expect(response.body).toContain('x-research-notes-token');
    }
  });

  it('never grants a CORS preflight, so other pages cannot send the token header', async () => {
    const preflight = await sendHttpRequest({
      port: server.port,
      method: 'OPTIONS',
      path: '/api/deleteArticle',
      headers: { origin: 'http://127.0.0.1:8000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-research-notes-token' },
    });
    expect(preflight.status).toBe(403);
    expect(Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('names its cookie after its port, so two shells on 127.0.0.1 keep their own cookies', async () => {
    const otherLibrary = await openLibrary(path.join(folder, 'library-other'));
    const other = await startWebServer({ api: otherLibrary, rendererDir: path.join(folder, 'renderer') });
    try {
      const first = (await get(`/?token=${server.token}`)).headers['set-cookie']![0]!;
      const second = (await sendHttpRequest({ port: other.port, path: `/?token=${other.token}` })).headers['set-cookie']![0]!;
      expect(first.split('=')[0]).toBe(`rn_token_${server.port}`);
      expect(second.split('=')[0]).toBe(`rn_token_${other.port}`);
      // A browser sends every 127.0.0.1 cookie to both ports; each shell finds its own.
      const both = { cookie: `${first.split(';')[0]}; ${second.split(';')[0]}` };
      expect((await get('/assets/app.js', both)).status).toBe(200);
      expect((await sendHttpRequest({ port: other.port, path: '/assets/app.js', headers: both })).status).toBe(200);
      expect((await sendHttpRequest({ port: other.port, path: '/assets/app.js', headers: { cookie: first.split(';')[0]!.replace(String(server.port), String(other.port)) } })).status).toBe(403);
    } finally {
      await other.close();
      await otherLibrary.close();
    }
  });

  it('refuses an API call from another origin', async () => {
    expect((await callApi('listArticles', '{}', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await callApi('listArticles', '{}', { origin: 'null' })).status).toBe(403);
    // Another server on this computer is another origin too (a page it serves may be hostile).
    expect((await callApi('listArticles', '{}', { origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await callApi('listArticles', '{}', { origin: `http://localhost:${server.port}` })).status).toBe(403);
    expect((await callApi('listArticles', '{}', { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses other verbs on the API and on files', async () => {
    expect((await get('/api/listArticles', withToken())).status).toBe(405);
    expect((await sendHttpRequest({ port: server.port, method: 'DELETE', path: '/', headers: withToken() })).status).toBe(405);
  });

  it('answers 413 to a body over 100 MB without reading it', async () => {
    const response = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/importArticle',
          headers: { ...withToken(), 'content-type': 'application/json', 'content-length': String(101 * 1024 * 1024) },
        },
        (answer) => {
          resolve(answer.statusCode ?? 0);
          answer.resume();
          request.destroy();
        },
      );
      request.on('error', reject);
      request.write('{"content":"');
    });
    expect(response).toBe(413);
  });

  it('closes while a browser still holds a keep-alive connection', async () => {
    const extraLibrary = await openLibrary(path.join(folder, 'library-2'));
    const extra = await startWebServer({ api: extraLibrary, rendererDir: path.join(folder, 'renderer') });
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) => {
      http.get({ host: '127.0.0.1', port: extra.port, path: `/?token=${extra.token}`, agent }, (response) => {
        response.resume();
        response.on('end', resolve);
      });
    });
    // Closing must not wait for the idle connection to time out (the test would time out), and must really stop listening.
    await extra.close();
    const refused = await new Promise<string>((resolve) => {
      http.get({ host: '127.0.0.1', port: extra.port, path: '/' }, () => resolve('answered')).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    agent.destroy();
    await extraLibrary.close();
  });
});

describe('GET /captured/<id> ("View as captured")', () => {
  const page = '<!doctype html><html><head><title>Kept page</title><script>alert(1)</script></head><body><article><h1>Kept page</h1><p>The page as it was captured, byte for byte.</p></article></body></html>';

  it('serves the kept bytes sandboxed, framed only by the app, to the session cookie', async () => {
    const article = await library.importArticle({ fileBase64: Buffer.from(page).toString('base64'), fileName: 'kept.html' });
    const cookie = { cookie: `rn_token_${server.port}=${server.token}` };
    const response = await get(`/captured/${article.id}`, cookie);
    expect(response.status).toBe(200);
    expect(response.body).toBe(page);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const policy = response.headers['content-security-policy'];
    expect(policy).toMatch(/^sandbox; default-src 'none';/);
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).not.toMatch(/script-src|allow-scripts/);
    expect((await get(`/captured/${article.id}`)).status).toBe(403);
  });

  it('answers 404 for an article that kept no web page, an unknown id, or a path that is not an id', async () => {
    const pasted = await library.importArticle({ content: 'Pasted\n\nNo page was kept for this.' });
    const cookie = { cookie: `rn_token_${server.port}=${server.token}` };
    for (const target of [`/captured/${pasted.id}`, '/captured/no-such-article', '/captured/..%2Fsecret.txt', '/captured/']) {
      const response = await get(target, cookie);
      expect(response.status, target).toBe(404);
      expect(response.body, target).not.toContain('secret');
    }
  });
});
