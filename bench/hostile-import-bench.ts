// Hostile-import figures for `npm run bench`: sources crafted to hurt (deeply nested web pages,
// a PDF of 100,000 pages, Word documents whose picture inflates to 3 GB) must import or fail clearly in bounded time. Each is generated once
// into .bench-cache/hostile/ and imported in a fresh process of its own (`--one NAME`), so that
// its peak memory is its own and the generator's is not counted.
// Run alone: node .bench-cache/hostile-import-bench.mjs (after scripts/build-bench.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPictureDocx } from '../core/import/build-picture-docx.js';
import { buildTextPdf } from '../core/import/build-text-pdf.js';
import { deflatedZeros } from '../core/import/deflated-zeros.js';
import { importDocument } from '../core/import/import-document.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = path.join(here, 'hostile');
const MB20 = 20 * 1024 * 1024 - 200;
/** Bump when an input changes, so the cached files are made again. */
const GENERATOR_VERSION = '2';
const GB3 = 3 * 1024 * 1024 * 1024;

const nested = (levels: number, inner: string): string => `${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}`;
const page = (body: string): string => `<html><head><title>Hostile</title></head><body>${body}</body></html>`;

/** The inputs by name: file name and how to make it. */
const INPUTS: Record<string, { file: string; make: () => string | Uint8Array | Promise<Uint8Array> }> = {
  deepHtml5k: { file: 'deep-5000.html', make: () => page(nested(5_000, '<p>Deep text here.</p>')) },
  deepHtml100k: { file: 'deep-100000.html', make: () => page(nested(100_000, '<p>Deep text here.</p>')) },
  deepHtml20Mb: { file: 'deep-20mb.html', make: () => page(`${'<div>'.repeat(Math.floor(MB20 / 5))}x`) },
  deepChunksHtml: { file: 'deep-chunks.html', make: () => page(nested(99, '<p>Chunk text.</p>').repeat(200)) },
  pdf100kPages: { file: 'pages-100000.pdf', make: () => buildTextPdf({ pages: Array.from({ length: 100_000 }, (_, index) => [`Page ${index + 1} of a generated report.`]) }) },
  // A 3 MB document whose zip directory tells the truth (3 GB), and one that claims 1 KB.
  docxBomb3Gb: { file: 'bomb-3gb.docx', make: async () => buildPictureDocx({ name: 'word/media/image1.png', deflated: await deflatedZeros(3 * 1024), announcedSize: GB3, crc: 0 }) },
  docxLiar3Gb: { file: 'liar-3gb.docx', make: async () => buildPictureDocx({ name: 'word/media/image1.png', deflated: await deflatedZeros(3 * 1024), announcedSize: 1024, crc: 0 }) },
};

interface Figure {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  outcome: string;
}

if (process.argv[2] === '--one') {
  const input = INPUTS[process.argv[3]!]!;
  const bytes = new Uint8Array(fs.readFileSync(path.join(folder, input.file)));
  const started = performance.now();
  const cpu = process.cpuUsage();
  let outcome: string;
  try {
    const imported = await importDocument({ bytes, fileName: input.file });
    outcome = `imported, ${imported.text.length} characters`;
  } catch (error) {
    outcome = (error as { code?: string }).code ?? 'threw';
  }
  const used = process.cpuUsage(cpu);
  const figure: Figure = { ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome };
  console.log(JSON.stringify(figure));
  process.exit(0);
}

const marker = path.join(folder, '.generated');
if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== GENERATOR_VERSION) {
  fs.mkdirSync(folder, { recursive: true });
  for (const input of Object.values(INPUTS)) fs.writeFileSync(path.join(folder, input.file), await input.make());
  fs.writeFileSync(marker, GENERATOR_VERSION);
}

function measure(name: string): Promise<Figure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--one', name], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Figure) : reject(new Error(`hostile import ${name} exited with ${code}`))));
  });
}

const figures: Record<string, Figure> = {};
for (const name of Object.keys(INPUTS)) figures[name] = await measure(name);
console.log(JSON.stringify(figures));
