// Import figures for `npm run bench`: importFixtureMedianMs and importPdf300PagesMs.
// Run: npx esbuild bench/import-bench.ts --bundle --platform=node --format=esm --packages=external --outfile=dist/import-bench.mjs && node dist/import-bench.mjs
import fs from 'node:fs';
import path from 'node:path';
import { buildTextPdf } from '../core/import/build-text-pdf.js';
import { importDocument } from '../core/import/import-document.js';

// Run from the repository root (the bundle may live anywhere, so its own path says nothing).
const repository = process.cwd();
const webPages = path.resolve(repository, 'tests/fixtures/web-pages');
/** Rounds of every page before measuring: the first imports load modules and warm the JIT. */
const WARM_UP_ROUNDS = 2;
const MEASURED_ROUNDS = 5;
const PDF_PAGES = 300;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const pages = fs
  .readdirSync(webPages)
  .filter((name) => fs.existsSync(path.join(webPages, name, 'source.html')))
  .map((name) => new Uint8Array(fs.readFileSync(path.join(webPages, name, 'source.html'))));
for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const bytes of pages) await importDocument({ bytes, fileName: 'source.html' });
// Each page's median over the rounds, then the median over the pages.
const perPage = pages.map(() => [] as number[]);
for (let round = 0; round < MEASURED_ROUNDS; round += 1) {
  for (const [index, bytes] of pages.entries()) {
    const start = performance.now();
    await importDocument({ bytes, fileName: 'source.html' });
    perPage[index]!.push(performance.now() - start);
  }
}
const importFixtureMedianMs = median(perPage.map(median));

// A report-like PDF: 300 pages of 40 lines each.
const line = 'The committee reviewed the evidence and found the claims in the report consistent with';
const pdf = buildTextPdf({ title: 'Generated report', pages: Array.from({ length: PDF_PAGES }, (_, page) => Array.from({ length: 40 }, (_, row) => `${line} item ${page * 40 + row}.`)) });
await importDocument({ bytes: buildTextPdf({ pages: [['warm-up']] }), fileName: 'warm-up.pdf' });
const pdfStart = performance.now();
const imported = await importDocument({ bytes: pdf, fileName: 'report.pdf' });
const importPdf300PagesMs = performance.now() - pdfStart;
if (imported.pageStarts?.length !== PDF_PAGES) throw new Error(`bench: expected ${PDF_PAGES} pages, got ${imported.pageStarts?.length}`);

console.log(JSON.stringify({ importFixtureMedianMs: Math.round(importFixtureMedianMs * 10) / 10, importPdf300PagesMs: Math.round(importPdf300PagesMs), fixturePages: pages.length, pdfBytes: pdf.byteLength }));
