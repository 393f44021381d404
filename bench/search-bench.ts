// Search benchmark: the product's search through the LibraryService API (with
// snippets), a bare FTS5 query on the same corpus, the claims view, the index build time and the
// peak RSS, on the storage benchmark's synthetic library (10,000 articles of ~2,000 words, 100,000
// highlights). Prints one JSON object. Run: see the end of this file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openLibrary } from '../core/library/library-service.js';
import { buildMatchQuery } from '../core/search/build-match-query.js';
import { SEARCH_INDEX_FILE_NAME } from '../core/search/search-index.js';
import { ensureSearchIndex } from './ensure-search-index.js';
import { GENERATOR_VERSION, generateLibrary, tagName } from './generate-library.js';

const ARTICLES = Number(process.env.SEARCH_BENCH_ARTICLES ?? 10_000);
const folder = path.resolve('.bench-cache', 'search', `library-${ARTICLES}`);
const sharedFolder = path.resolve('.bench-cache', ARTICLES === 10_000 ? 'library-10k' : `library-${ARTICLES}`);

let peakRss = process.memoryUsage().rss;
const sampleRss = (): void => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sampleRss, 5);

/** Our own copy of the storage benchmark's library (hard links: the store replaces files by rename, never in place). */
async function prepareLibrary(): Promise<void> {
  const marker = path.join(folder, '.search-bench-generated');
  if ((await fs.readFile(marker, 'utf8').catch(() => '')) === GENERATOR_VERSION) return;
  await fs.rm(folder, { recursive: true, force: true });
  await fs.mkdir(path.dirname(folder), { recursive: true });
  const sharedMarker = await fs.readFile(path.join(sharedFolder, '.bench-generated'), 'utf8').catch(() => '');
  if (sharedMarker.trim() === GENERATOR_VERSION) {
    await fs.mkdir(folder);
    execFileSync('cp', ['-al', path.join(sharedFolder, 'articles'), path.join(folder, 'articles')]);
    await fs.copyFile(path.join(sharedFolder, 'library.json'), path.join(folder, 'library.json'));
    await fs.copyFile(path.join(sharedFolder, 'library.journal'), path.join(folder, 'library.journal')).catch(() => undefined);
  } else {
    await generateLibrary(folder, ARTICLES);
  }
  await fs.writeFile(marker, GENERATOR_VERSION);
}

/** Builds the search index from the article files exactly as the product does (when it is missing or stale), timed. */
async function buildIndex(): Promise<{ buildMs: number | null; indexSizeMb: number }> {
  const indexPath = path.join(folder, SEARCH_INDEX_FILE_NAME);
  if (process.env.SEARCH_BENCH_REBUILD === '1') await Promise.all(['', '-wal', '-shm'].map((suffix) => fs.rm(indexPath + suffix, { force: true })));
  const buildMs = await ensureSearchIndex(folder);
  const size = (await fs.stat(indexPath)).size + ((await fs.stat(`${indexPath}-wal`).catch(() => null))?.size ?? 0);
  return { buildMs, indexSizeMb: size / 2 ** 20 };
}

/** What an analyst types: whole words, two-word queries, and every prefix of a word being typed. */
function queries(): string[] {
  const words = ['minister', 'exports', 'analysts', 'satellite', 'khachatrian', 'alliance', 'accusation', 'border', 'progress', 'armenia'];
  const list: string[] = [];
  for (const word of words) for (let length = 2; length <= word.length; length++) list.push(word.slice(0, length));
  list.push('armen khachatrian', 'moscow rejected', 'port data', 'satellite images border', 'claimant 3', 'synthetic note', tagName(42), 'article 4711', 'exports rose third');
  return list;
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

const round = (value: number): number => Math.round(value * 10) / 10;

await prepareLibrary();
const { buildMs, indexSizeMb } = await buildIndex();
sampleRss();
const rssBeforeOpenMb = process.memoryUsage().rss / 2 ** 20;
const openStarted = performance.now();
const library = await openLibrary(folder, { owner: 'search benchmark' });
const openMs = performance.now() - openStarted;
const list = queries();
const ROUNDS = 3;

// Warm-up: the first queries pay for SQLite's page cache, as the first searches of a session do.
for (const query of list) await library.search({ query, limit: 20 });
const searchTimes: number[] = [];
let hits = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const query of list) {
    const started = performance.now();
    const result = await library.search({ query, limit: 20 });
    searchTimes.push(performance.now() - started);
    sampleRss();
    hits += result.length;
    if (result.length > 0 && !Array.isArray(result[0]!.snippet)) throw new Error('a hit without a snippet');
  }
}

const filters = [{}, { claimant: 'claimant 3' }, { tags: [tagName(42)] }, { tags: ['topic'] }, { claimant: 'claimant 7', tags: [tagName(7)] }, { color: 'yellow' }];
// Warm-up, as for search: the claims view's first page of a session reads its index pages from disk.
for (const filter of filters) await library.queryHighlights({ filter, limit: 100 });
const queryTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const filter of filters) {
    const started = performance.now();
    await library.queryHighlights({ filter, limit: 100 });
    queryTimes.push(performance.now() - started);
    sampleRss();
  }
}
const libraryInfo = await library.getLibraryInfo({});
await library.close();

// The bare FTS5 baseline: the same corpus and MATCH expressions, ranked, no snippets, no highlights, no joins.
const bare = new Database(path.join(folder, SEARCH_INDEX_FILE_NAME), { readonly: true });
const bareQuery = bare.prepare('SELECT rowid FROM article_text WHERE article_text MATCH ? ORDER BY rank LIMIT 20');
for (const query of list) bareQuery.all(buildMatchQuery(query));
const bareTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const query of list) {
    const started = performance.now();
    bareQuery.all(buildMatchQuery(query));
    bareTimes.push(performance.now() - started);
  }
}
bare.close();
clearInterval(sampler);
sampleRss();

const searchP95Ms = p95(searchTimes);
const sqliteFtsP95Ms = p95(bareTimes);
console.log(
  JSON.stringify({
    articles: ARTICLES,
    queries: searchTimes.length,
    averageHits: round(hits / searchTimes.length),
    searchP95Ms: round(searchP95Ms),
    sqliteFtsP95Ms: round(sqliteFtsP95Ms),
    searchToFtsRatio: round(searchP95Ms / sqliteFtsP95Ms),
    queryHighlightsP95Ms: round(p95(queryTimes)),
    peakRssMb: round(peakRss / 2 ** 20),
    rssBeforeOpenMb: round(rssBeforeOpenMb),
    openLibraryMs: round(openMs),
    indexBuildMs: buildMs === null ? null : Math.round(buildMs),
    indexSizeMb: round(indexSizeMb),
    notices: libraryInfo.notices,
    targets: { searchP95Ms: '<= 50', searchToFtsRatio: '<= 2', peakRssMb: '< 400' },
  }),
);
// Run from the repository root:
//   npx esbuild bench/search-bench.ts --bundle --platform=node --format=esm --packages=external --outfile=.bench-cache/search-bench.mjs
//   node .bench-cache/search-bench.mjs            (SEARCH_BENCH_REBUILD=1 to time the index build again)
