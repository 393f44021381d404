// Capture and verify figures for `npm run bench`:
// - a 5 MB page (1 MB of article text, 4 MB of inlined pictures) sent as the clipper sends it, to
//   the capture listener of a fresh library, until the answer that it is stored with its highlight;
// - `verify` of the bench's 10,000-article library (.bench-cache/library-10k), re-hashing every
//   article's text, original and custody-log line.
// Run alone: node .bench-cache/capture-bench.mjs (after scripts/build-bench.mjs and one `npm run bench`).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCaptureListener } from '../core/capture/start-capture-listener.js';
import { verifyLibrary } from '../core/custody/verify-library.js';
import { openLibrary } from '../core/library/library-service.js';
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = 5;
const ORIGIN = 'chrome-extension://benchbenchbenchbenchbenchbench';

function fiveMegabytePage(run: number): string {
  const paragraphs = Array.from({ length: 4_000 }, (_, index) => `<p>Paragraph ${index} of run ${run}: Armen Khachatrian said the CSTO gave Armenia no military aid, and the secretariat did not answer the questions put to it about the accusation on Tuesday.</p>`);
  // Photographs do not compress: 35 pictures of noise, about 120 KB of base64 each.
  const pictures = Array.from({ length: 35 }, (_, index) => `<p><img alt="Figure ${index}" src="data:image/png;base64,${noisePng(200, 150).toString('base64')}"></p>`);
  const body = paragraphs.map((paragraph, index) => (index % 100 === 0 ? `${paragraph}${pictures[index / 100] ?? ''}` : paragraph)).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bench capture ${run}</title><style>p { margin: 1em 0; }</style></head><body><article><h1>Bench capture ${run}</h1>${body}</article></body></html>`;
}

/** A valid PNG of random pixels. */
function noisePng(width: number, height: number): Buffer {
  const rows = Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), randomBytes(width * 3)]));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

async function measureCapture(): Promise<{ times: number[]; bytes: number }> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-capture-bench-'));
  const library = await openLibrary(folder);
  const listener = (await startCaptureListener(await library.captureDesk(), [0]))!;
  const post = (pathName: string, body: unknown, secret?: string) =>
    fetch(`http://127.0.0.1:${listener.port}${pathName}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...(secret ? { Authorization: `Bearer ${secret}` } : {}) },
      body: JSON.stringify(body),
    });
  try {
    const { code } = await library.startClipperPairing({});
    const secret = ((await (await post('/clipper/pair', { code, name: 'bench' })).json()) as { value: { secret: string } }).value.secret;
    const times: number[] = [];
    let bytes = 0;
    // One untimed capture first: it starts the import worker, as the app's first import does.
    for (let run = 0; run <= RUNS; run++) {
      const html = fiveMegabytePage(run);
      bytes = Buffer.byteLength(html);
      const started = performance.now();
      const answer = await post('/clipper/capture', { url: `https://news.example/bench/${run}`, title: `Bench capture ${run}`, capturedAt: new Date().toISOString(), html, tool: 'bench', selection: { exact: 'the CSTO gave Armenia no military aid', prefix: `Paragraph 7 of run ${run}: Armen Khachatrian said `, suffix: ', and the secretariat' } }, secret);
      const result = (await answer.json()) as { ok: boolean; value?: { highlightId?: string } };
      const elapsed = performance.now() - started;
      if (!result.ok || !result.value?.highlightId) throw new Error(`capture ${run} failed: ${JSON.stringify(result)}`);
      if (run > 0) times.push(elapsed);
    }
    return { times, bytes };
  } finally {
    await listener.close();
    await library.close();
    await fs.rm(folder, { recursive: true, force: true });
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number): number => Math.round(value);

const capture = await measureCapture();
const large = path.join(here, 'library-10k');
const verifyStarted = performance.now();
const report = await verifyLibrary(large);
const verifyMs = performance.now() - verifyStarted;
console.log(
  JSON.stringify({
    captureFiveMbMedianMs: round(median(capture.times)),
    captureFiveMbMaxMs: round(Math.max(...capture.times)),
    captureBytes: capture.bytes,
    verify10kMs: round(verifyMs),
    verify10kArticles: report.articles,
    verify10kLogEntries: report.logEntries,
    verify10kProblems: report.problems.length,
  }),
);
