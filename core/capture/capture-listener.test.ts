import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type LibraryService } from '../library/library-service.js';
import { startCaptureListener, type CaptureListener } from './start-capture-listener.js';

let folder: string;
let library: LibraryService;
let listener: CaptureListener;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-capture-'));
  library = await openLibrary(folder);
  const started = await startCaptureListener(await library.captureDesk(), [0]);
  if (started === null) throw new Error('the listener did not start');
  listener = started;
});

afterEach(async () => {
  await listener.close();
  await library.close();
  await fs.rm(folder, { recursive: true, force: true });
});

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const PAGE = `<!doctype html><html><head><title>CSTO and Armenia</title></head><body><article><h1>CSTO and Armenia</h1>
<p>Speaking in Yerevan, Armen Khachatrian said the CSTO gave Armenia no military aid when it was attacked.</p>
<p>The organisation's secretariat did not answer questions about the accusation on Tuesday evening.</p></article></body></html>`;

function post(pathName: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${listener.port}${pathName}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: EXTENSION, ...headers }, body: JSON.stringify(body) });
}

async function pairedSecret(): Promise<string> {
  const { code } = await library.startClipperPairing({});
  const answer = await post('/clipper/pair', { code, name: 'Chromium' });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { value: { secret: string } }).value.secret;
}

function capture(selection: { exact: string; prefix: string; suffix: string } | null = null) {
  return { url: 'https://news.example/csto', title: 'CSTO and Armenia', capturedAt: '2026-12-01T10:00:00.000Z', html: PAGE, selection, tool: 'Research Notes Clipper 0.1.0 (Chromium)' };
}

describe('the capture listener', () => {
  it('imports a paired clipper’s page as a web page, with the capture as its evidence and the selection as its first highlight', async () => {
    const secret = await pairedSecret();
    const answer = await post('/clipper/capture', capture({ exact: 'the CSTO gave Armenia no military aid', prefix: 'Armen Khachatrian said ', suffix: ' when it was attacked' }), { Authorization: `Bearer ${secret}` });
    expect(answer.status).toBe(200);
    const { value } = (await answer.json()) as { value: { articleId: string; highlightId: string } };
    const { article, highlights } = await library.getArticle({ id: value.articleId });
    expect(article.title).toBe('CSTO and Armenia');
    expect(article.capturedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(article.finalUrl).toBe('https://news.example/csto');
    expect(article.tool).toMatch(/^Research Notes Clipper 0\.1\.0 \(Chromium\); Research Notes /);
    expect(article.originalFileName).toBe('captured-page.html');
    expect(await fs.readFile(path.join(folder, article.originalPath!), 'utf8')).toBe(PAGE);
    expect(highlights).toHaveLength(1);
    expect(highlights[0]!.id).toBe(value.highlightId);
    expect(highlights[0]!.target.quote.exact).toBe('the CSTO gave Armenia no military aid');
    expect((await library.listCaptures({}))[0]).toMatchObject({ state: 'imported', articleId: value.articleId, highlightId: value.highlightId });
  });

  it('keeps both versions of a page captured twice, as one article with an earlier capture', async () => {
    const secret = await pairedSecret();
    for (let time = 0; time < 2; time += 1) expect((await post('/clipper/capture', capture(), { Authorization: `Bearer ${secret}` })).status).toBe(200);
    const articles = await library.listArticles({});
    expect(articles.length).toBe(1);
    expect((await library.getArticle({ id: articles[0]!.id })).article.previousVersions).toHaveLength(1);
  });

  it('refuses a sender without the secret, with a wrong one, or from a web page, and stores nothing', async () => {
    const secret = await pairedSecret();
    expect((await post('/clipper/capture', capture())).status).toBe(401);
    expect((await post('/clipper/capture', capture(), { Authorization: `Bearer ${'0'.repeat(64)}` })).status).toBe(401);
    expect((await post('/clipper/capture', capture(), { Authorization: `Bearer ${secret}`, Origin: 'https://evil.example' })).status).toBe(403);
    const noCors = await post('/clipper/capture', capture(), { Authorization: `Bearer ${secret}` });
    expect(noCors.headers.get('access-control-allow-origin')).toBeNull();
    expect((await library.listArticles({})).length).toBe(1);
  });

  it('refuses a wrong pairing code, and voids the code after five wrong tries', async () => {
    const { code } = await library.startClipperPairing({});
    const wrong = code === '000000' ? '111111' : '000000';
    const first = await post('/clipper/pair', { code: wrong, name: 'x' });
    expect(first.status).toBe(403);
    expect(((await first.json()) as { error: { code: string } }).error.code).toBe('PAIRING_REFUSED');
    for (let tries = 1; tries < 5; tries += 1) expect((await post('/clipper/pair', { code: wrong, name: 'x' })).status).toBe(403);
    expect((await post('/clipper/pair', { code, name: 'x' })).status).toBe(403);
  });

  it('refuses a request with another Host (DNS rebinding) or a plain-text body', async () => {
    const { code } = await library.startClipperPairing({});
    expect((await post('/clipper/pair', { code, name: 'x' }, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const rebound = await new Promise<number>((resolve, reject) => {
      // fetch does not let the Host header be set; http.request does.
      import('node:http').then(({ request }) => {
        const sent = request({ host: '127.0.0.1', port: listener.port, path: '/clipper/pair', method: 'POST', headers: { Host: 'evil.example', Origin: EXTENSION, 'Content-Type': 'application/json' } }, (response) => resolve(response.statusCode ?? 0));
        sent.on('error', reject);
        sent.end(JSON.stringify({ code, name: 'x' }));
      }, reject);
    });
    expect(rebound).toBe(403);
    // The code is still good: refused requests never reached the pairing.
    expect((await post('/clipper/pair', { code, name: 'x' })).status).toBe(200);
  });

  it('remembers a pairing when the library is opened again', async () => {
    const secret = await pairedSecret();
    await listener.close();
    await library.close();
    library = await openLibrary(folder);
    listener = (await startCaptureListener(await library.captureDesk(), [0]))!;
    expect((await post('/clipper/capture', capture(), { Authorization: `Bearer ${secret}` })).status).toBe(200);
    expect(await fs.readFile(path.join(folder, 'clippers.json'), 'utf8')).not.toContain(secret);
  });
});
