// `npm run bench`: builds (once, cached in .bench-cache/) a synthetic library of 10,000 articles and
// one of 100, then measures opening, saving a highlight, a raw atomic write, tag autocomplete and
// peak memory; then runs the search, export and import benchmarks (each in its own process) and
// prints every figure in one table. `--json` adds one JSON object as the last line of stdout.
// `--storage` measures only the store (open, save with its per-step breakdown, raw write, tags);
// `--soak` runs the long kill-point crash test (500 kills, tests/crash/run-kill-soak.ts) instead.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { openLibrary, type LibraryService } from '../core/library/library-service.js';
import { measureSteps } from '../core/store/step-timings.js';
import { runKillSoak } from '../tests/crash/run-kill-soak.js';
import { ensureSearchIndex } from './ensure-search-index.js';
import { GENERATOR_VERSION, generateLibrary, tagName } from './generate-library.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// Bundled into .bench-cache/, which also holds the generated libraries.
const cacheFolder = here;
// A p95 is the 50th slowest of 1,000 saves: of 400 (the 20th) it moved from 0.9 to 1.4 times
// between runs of the same code, more than any change the ratio of the two libraries is there to show.
const SAVES = 1000;
const OPEN_RUNS = 3;

interface Sizes {
  articles: number;
  folder: string;
}

const small: Sizes = { articles: 100, folder: path.join(cacheFolder, 'library-100') };
const large: Sizes = { articles: 10_000, folder: path.join(cacheFolder, 'library-10k') };

if (process.argv[2] === '--generate') {
  await generateLibrary(process.argv[3]!, Number(process.argv[4]));
  process.exit(0);
}
if (process.argv[2] === '--ensure-search-index') {
  await ensureSearchIndex(process.argv[3]!);
  process.exit(0);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs a Node script; `firstLineAt` is when its first line of output arrived (performance.now()). */
function runNode(args: string[]): Promise<{ out: string; firstLineAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let firstLineAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (firstLineAt === 0 && out.includes('\n')) firstLineAt = performance.now();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve({ out, firstLineAt }) : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** Makes the cached library if it is missing or from another generator version; generated in a child so its memory is not counted. */
async function ensureLibrary(sizes: Sizes): Promise<void> {
  const marker = path.join(sizes.folder, '.bench-generated');
  const current = await fs.readFile(marker, 'utf8').catch(() => '');
  if (current === GENERATOR_VERSION) return;
  const started = performance.now();
  process.stderr.write(`Generating ${sizes.articles} articles in ${sizes.folder} (cached for later runs)...\n`);
  await runNode([fileURLToPath(import.meta.url), '--generate', sizes.folder, String(sizes.articles)]);
  // The generator skips fsync; flushing now keeps its writeback from slowing the fsyncs measured next.
  if (process.platform !== 'win32') spawnSync('sync');
  await fs.writeFile(marker, GENERATOR_VERSION);
  process.stderr.write(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
}

/**
 * Brings the library's search index up to date in a child (untimed, its memory not counted): a
 * rebuild due at open would otherwise run behind the measured saves.
 */
async function ensureLibrarySearchIndex(sizes: Sizes): Promise<void> {
  await runNode([fileURLToPath(import.meta.url), '--ensure-search-index', sizes.folder]);
}

/**
 * Runs another benchmark in a child and returns the JSON object it printed last: a bundled one of
 * .bench-cache/ by name, or a script given by its path (the browser benchmark runs as it is).
 */
async function runChildBench(name: string, script = path.join(here, `${name}.mjs`)): Promise<Record<string, unknown>> {
  process.stderr.write(`Running ${name}...\n`);
  const { out } = await runNode([script]);
  const line = out.trim().split('\n').reverse().find((candidate) => candidate.startsWith('{'));
  if (line === undefined) throw new Error(`${name} printed no JSON line`);
  return JSON.parse(line) as Record<string, unknown>;
}

/** Opening in a fresh process until the list of titles is ready, from spawn to answer. */
async function measureOpen(sizes: Sizes): Promise<{ openMs: number; childPeakRssMb: number }> {
  const times: number[] = [];
  let childPeakRssMb = 0;
  // Untimed first open: it warms the disk cache and migrates a cached library of an older format.
  await runNode([path.join(here, 'open-child.mjs'), sizes.folder]);
  for (let run = 0; run < OPEN_RUNS; run++) {
    const started = performance.now();
    const { out, firstLineAt } = await runNode([path.join(here, 'open-child.mjs'), sizes.folder]);
    times.push(firstLineAt - started);
    const report = JSON.parse(out.trim().split('\n').at(-1)!) as { titles: number; peakRssMb: number };
    if (report.titles !== sizes.articles) throw new Error(`the open child listed ${report.titles} articles, not ${sizes.articles}`);
    childPeakRssMb = Math.max(childPeakRssMb, report.peakRssMb);
  }
  // The median: the first run may find a cold disk cache, which says more about the machine than the store.
  return { openMs: percentile(times, 50), childPeakRssMb };
}

/** The write the store's save is compared with: temporary file, fsync, rename, fsync of the folder. */
async function rawAtomicWrite(filePath: string, content: string): Promise<void> {
  const folder = path.dirname(filePath);
  const temporary = path.join(folder, `.bench-raw-${randomUUID()}.tmp`);
  const handle = await fs.open(temporary, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, filePath);
  const folderHandle = await fs.open(folder, 'r');
  try {
    await folderHandle.sync();
  } finally {
    await folderHandle.close();
  }
}

interface Target {
  library: LibraryService;
  ids: string[];
  texts: Map<string, string>;
  created: [string, string][];
  times: number[];
  /** Durations of each step of the timed saves (core/store/step-timings.ts), by step. */
  steps: Map<string, number[]>;
}

async function prepare(sizes: Sizes): Promise<Target> {
  const library = await openLibrary(sizes.folder, { owner: 'command line' });
  const all = await library.listArticles({});
  // Twenty articles spread over the library, read first: a user highlights an article that is open.
  const ids = Array.from({ length: 20 }, (_, n) => all[Math.floor((n * all.length) / 20)]!.id);
  const texts = new Map<string, string>();
  for (const id of ids) texts.set(id, (await library.getArticle({ id })).article.text);
  return { library, ids, texts, created: [], times: [], steps: new Map() };
}

async function timedSave(target: Target, n: number): Promise<void> {
  const id = target.ids[n % target.ids.length]!;
  const text = target.texts.get(id)!;
  const start = (n * 131) % (text.length - 40);
  const end = start + 25;
  const started = performance.now();
  const highlight = await measureSteps(target.steps, () => target.library.createHighlight({
    articleId: id,
    target: { quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end } },
    claimant: 'Benchmark',
    tags: [tagName(n % 5000), `bench-${n % 7}`],
    note: `benchmark save ${n}`,
  }));
  target.times.push(performance.now() - started);
  target.created.push([id, highlight.id]);
  // The save's deferred work (its search-index update, on the next turn of the event loop) runs
  // here, untimed but in the step table: otherwise it would land in the next measurement, which
  // interleaving makes another library's save or the raw write.
  await new Promise((resolve) => setImmediate(resolve));
}

/** The long form of the kill-point crash test: 500 kills of a writer, each followed by a checked open. */
async function soak(json: boolean): Promise<void> {
  const folder = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'rn-soak-')), 'library');
  const kills = Number(process.argv[process.argv.indexOf('--kills') + 1]) || 500;
  const started = performance.now();
  const result = await runKillSoak({
    script: path.join(here, 'kill-child.mjs'),
    folder,
    kills,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  await fs.rm(path.dirname(folder), { recursive: true, force: true });
  const figures = {
    soakKills: result.kills,
    soakAcknowledged: result.acknowledged,
    soakLostOrWrong: result.problems.length,
    soakUnopenable: result.unopenable,
    soakStepsKilled: result.stepsKilled.size,
    soakMinutes: round((performance.now() - started) / 60_000),
  };
  console.log(`Kill-point soak: ${result.kills} kills, ${result.acknowledged} acknowledged operations, ${result.problems.length} lost or wrong, ${result.unopenable} unopenable libraries (${figures.soakMinutes} min)`);
  console.log('\nkills per step:');
  for (const [step, times] of [...result.stepsKilled].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${step.padEnd(32)} ${times}`);
  const never = [...result.stepsReached].filter((step) => !result.stepsKilled.has(step));
  if (never.length > 0) console.log(`steps reached but never killed at: ${never.join(', ')}`);
  for (const problem of result.problems) console.log(`PROBLEM ${problem}`);
  if (json) console.log(JSON.stringify(figures));
  if (result.problems.length > 0 || result.unopenable > 0) process.exitCode = 1;
}

/** Each step's p95 at both sizes, slowest first at 10k, with how many times a save took it. */
function stepRows(at100: Target, at10k: Target): { name: string; p95Ms100: number; p95Ms10k: number; perSave: number }[] {
  const names = new Set([...at100.steps.keys(), ...at10k.steps.keys()]);
  return [...names]
    .map((name) => {
      const small = at100.steps.get(name) ?? [];
      const large = at10k.steps.get(name) ?? [];
      return {
        name,
        p95Ms100: small.length ? round(percentile(small, 95)) : 0,
        p95Ms10k: large.length ? round(percentile(large, 95)) : 0,
        perSave: round(large.length / Math.max(1, at10k.times.length)),
      };
    })
    .sort((a, b) => b.p95Ms10k - a.p95Ms10k);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  if (process.argv.includes('--soak')) {
    await soak(json);
    return;
  }
  const storageOnly = process.argv.includes('--storage');
  await ensureLibrary(small);
  await ensureLibrary(large);
  await ensureLibrarySearchIndex(small);
  await ensureLibrarySearchIndex(large);

  const open = await measureOpen(large);
  const open100 = await measureOpen(small);

  const at100 = await prepare(small);
  const at10k = await prepare(large);
  const rawPath = path.join(large.folder, 'articles', '.bench-raw-target.json');
  const rawContents = await Promise.all(at10k.ids.map((id) => fs.readFile(path.join(large.folder, 'articles', `${id}.json`), 'utf8')));
  // Warm-up, untimed: the first save of a session creates the journal and the backups folders.
  for (let n = 0; n < 20; n++) {
    await timedSave(at100, SAVES + n);
    await timedSave(at10k, SAVES + n);
  }
  at100.times.length = 0;
  at10k.times.length = 0;
  at100.steps.clear();
  at10k.steps.clear();
  const rawTimes: number[] = [];
  const rawWrite = async (n: number): Promise<void> => {
    const started = performance.now();
    await rawAtomicWrite(rawPath, rawContents[n % rawContents.length]!);
    rawTimes.push(performance.now() - started);
  };
  // Interleaved, so a slow moment of the disk hits all three measurements alike, and in an order
  // that turns each round: a write that follows another one pays for some of that one's metadata
  // (its unsynced backup links go out with the next fsync), and a fixed order made the library
  // measured second look slower whichever it was (100 articles second: 10k/100 p95 ratio 0.64-0.82).
  const measurements = [(n: number) => timedSave(at100, n), (n: number) => timedSave(at10k, n), rawWrite];
  for (let n = 0; n < SAVES; n++) {
    for (let turn = 0; turn < measurements.length; turn++) await measurements[(n + turn) % measurements.length]!(n);
  }
  await fs.rm(rawPath, { force: true });

  const autocompleteTimes: number[] = [];
  for (let n = 0; n < 50; n++) {
    for (const prefix of ['t', 'topic-1', 'topic-12', 'TOPIC-049', 'bench', 'nothing']) {
      const started = performance.now();
      await at10k.library.listTags({ prefix, limit: 20 });
      autocompleteTimes.push(performance.now() - started);
    }
  }
  const fullTagList = await at10k.library.listTags({});

  // Leave the cached libraries as they were generated (untimed).
  for (const target of [at100, at10k]) {
    for (const [articleId, id] of target.created) await target.library.deleteHighlight({ articleId, id });
    await target.library.close();
  }

  const mainPeakRssMb = process.resourceUsage().maxRSS / 1024;
  const steps = stepRows(at100, at10k);
  if (storageOnly) {
    printStorage(json, open, open100, at100, at10k, rawTimes, autocompleteTimes, fullTagList.length, mainPeakRssMb, steps);
    return;
  }
  // Each in its own process, after the store's measurements, so none disturbs another.
  const search = await runChildBench('search-bench');
  const exported = await runChildBench('export-bench');
  const imported = await runChildBench('import-bench');
  const hostile = await runChildBench('hostile-import-bench') as Record<string, { ms: number; cpuMs: number; peakRssMb: number; outcome: string }>;
  const claims = await runChildBench('claim-finder-bench');
  const capture = await runChildBench('capture-bench');
  // In Chromium against the web shell of the built app (npm run bench builds it first).
  const longArticle = await runChildBench('long-article-bench', path.resolve(here, '..', 'bench', 'long-article-bench.mjs'));
  const searchPeakRssMb = Number(search.peakRssMb);
  const result = {
    openMs: round(open.openMs),
    openMs100: round(open100.openMs),
    saveP50Ms100: round(percentile(at100.times, 50)),
    saveP95Ms100: round(percentile(at100.times, 95)),
    saveP50Ms10k: round(percentile(at10k.times, 50)),
    saveP95Ms10k: round(percentile(at10k.times, 95)),
    rawAtomicWriteP50Ms: round(percentile(rawTimes, 50)),
    rawAtomicWriteP95Ms: round(percentile(rawTimes, 95)),
    tagAutocompleteMs: round(percentile(autocompleteTimes, 95)),
    tags: fullTagList.length,
    peakRssMb: round(Math.max(mainPeakRssMb, open.childPeakRssMb, searchPeakRssMb)),
    openChildPeakRssMb: round(open.childPeakRssMb),
    benchPeakRssMb: round(mainPeakRssMb),
    searchPeakRssMb: round(searchPeakRssMb),
    searchP95Ms: Number(search.searchP95Ms),
    sqliteFtsP95Ms: Number(search.sqliteFtsP95Ms),
    queryHighlightsP95Ms: Number(search.queryHighlightsP95Ms),
    exportMarkdown100kMs: Number(exported.exportMarkdown100kMs),
    reexportMarkdown100kMs: Number(exported.reexportMarkdown100kMs),
    importFixtureMedianMs: Number(imported.importFixtureMedianMs),
    importPdf300PagesMs: Number(imported.importPdf300PagesMs),
    hostileImports: hostile,
    openLongArticleMs: Number(longArticle.openLongArticleMs),
    openLongArticleNoHighlightsMs: Number(longArticle.openLongArticleNoHighlightsMs),
    applyHighlightLongMs: Number(longArticle.applyHighlightLongMs),
    saveSteps: Object.fromEntries(steps.map((step) => [step.name, { p95Ms100: step.p95Ms100, p95Ms10k: step.p95Ms10k }])),
    ...(claims as Record<string, number>),
    applyHighlightLongThrottledMs: Number(longArticle.applyHighlightLongThrottledMs),
    ...(capture as Record<string, number>),
  };
  const rows: [string, string, string][] = [
    ['open 10k articles (fresh process, titles ready)', `${result.openMs} ms`, '<= 1000 ms'],
    ['open 100 articles (fresh process)', `${result.openMs100} ms`, ''],
    ['save highlight, 100 articles p50 / p95', `${result.saveP50Ms100} / ${result.saveP95Ms100} ms`, ''],
    ['save highlight, 10k articles p50 / p95', `${result.saveP50Ms10k} / ${result.saveP95Ms10k} ms`, ''],
    ['raw atomic write of the article p50 / p95', `${result.rawAtomicWriteP50Ms} / ${result.rawAtomicWriteP95Ms} ms`, ''],
    ['save p95 (10k) / raw atomic write p95', ratio(result.saveP95Ms10k, result.rawAtomicWriteP95Ms), '<= 2'],
    ['save p95 10k / save p95 100', ratio(result.saveP95Ms10k, result.saveP95Ms100), '<= 1.3'],
    [`tag autocomplete among ${result.tags} tags (p95)`, `${result.tagAutocompleteMs} ms`, '<= 20 ms'],
    ['peak RSS (max of bench, open child and search)', `${result.peakRssMb} MB`, '<= 400 MB'],
    ['search through the API, with snippets (p95)', `${result.searchP95Ms} ms`, '<= 50 ms'],
    ['bare SQLite FTS5 query (p95)', `${result.sqliteFtsP95Ms} ms`, ''],
    ['search p95 / bare FTS5 p95', ratio(result.searchP95Ms, result.sqliteFtsP95Ms), '<= 2'],
    ['claims view page (queryHighlights p95)', `${result.queryHighlightsP95Ms} ms`, ''],
    ['export 10k articles, 100k highlights to Markdown', `${result.exportMarkdown100kMs} ms`, '<= 5000 ms'],
    ['re-export of the unchanged library', `${result.reexportMarkdown100kMs} ms`, ''],
    ['import of a fixture web page (median)', `${result.importFixtureMedianMs} ms`, '<= 150 ms'],
    ['import of a 300-page PDF', `${result.importPdf300PagesMs} ms`, '<= 10000 ms'],
    ...hostileRows(hostile),
    ['open a 150,000-word article, 1,000 highlights', `${result.openLongArticleMs} ms`, '<= 1500 ms'],
    ['the same article without highlights', `${result.openLongArticleNoHighlightsMs} ms`, ''],
    ['with highlights / without', ratio(result.openLongArticleMs, result.openLongArticleNoHighlightsMs), '<= 1.3'],
    ['highlight a passage in it, key to frame (p95 of 50)', `${result.applyHighlightLongMs} ms`, '<= 50 ms'],
    ['the same with the page\'s CPU throttled 4x (p95)', `${result.applyHighlightLongThrottledMs} ms`, ''],
    ['claim finder on a 10,000-word article (median)', `${claims.claimFinder10kWordsMs} ms`, '<= 200 ms'],
    ['claim finder: first call / loading it (once a process)', `${claims.claimFinderFirstCallMs} / ${claims.claimFinderLoadMs} ms`, ''],
    [`claim finder held-out content F1 (${claims.claimHeldOutLabels} labels)`, `${claims.claimHeldOutF1} (P ${claims.claimHeldOutPrecision}, R ${claims.claimHeldOutRecall})`, '>= 0.85'],
    ['claim finder held-out claimant accuracy', `${claims.claimHeldOutClaimantAccuracy}`, '>= 0.85'],
    [`  of which real web pages (${claims.claimHeldOutRealLabels} labels): F1 / claimant`, `${claims.claimHeldOutRealF1} (P ${claims.claimHeldOutRealPrecision}, R ${claims.claimHeldOutRealRecall}) / ${claims.claimHeldOutRealClaimantAccuracy}`, ''],
    [`  of which synthetic texts (${claims.claimHeldOutSyntheticLabels} labels): F1 / claimant`, `${claims.claimHeldOutSyntheticF1} (P ${claims.claimHeldOutSyntheticPrecision}, R ${claims.claimHeldOutSyntheticRecall}) / ${claims.claimHeldOutSyntheticClaimantAccuracy}`, ''],
    [`  of which the first three rounds' real pages (${claims.claimHeldOutEarlierRealLabels} labels): F1 / claimant`, `${claims.claimHeldOutEarlierRealF1} / ${claims.claimHeldOutEarlierRealClaimantAccuracy}`, ''],
    [`  of which rounds four, five and eight, real pages each read once (${claims.claimHeldOutFreshLabels} labels): F1 / claimant`, `${claims.claimHeldOutFreshF1} (P ${claims.claimHeldOutFreshPrecision}, R ${claims.claimHeldOutFreshRecall}) / ${claims.claimHeldOutFreshClaimantAccuracy}`, ''],
    [`  of which round nine, 2019 news pages read once (${claims.claimHeldOutRound9Labels} labels): F1 / claimant`, `${claims.claimHeldOutRound9F1} (P ${claims.claimHeldOutRound9Precision}, R ${claims.claimHeldOutRound9Recall}) / ${claims.claimHeldOutRound9ClaimantAccuracy}`, ''],
    ...(['Round10', 'Round11', 'Rounds10And11'] as const).map((set): [string, string, string] => {
      const name = { Round10: 'round ten, split by site', Round11: 'round eleven, sites with no labelled page', Rounds10And11: 'rounds ten and eleven together' }[set];
      const field = (measure: string): string => String(claims[`claimHeldOut${set}${measure}`]);
      return [`  of which ${name}, read once (${field('Labels')} labels): F1 / claimant`, `${field('F1')} (P ${field('Precision')}, R ${field('Recall')}) / ${field('ClaimantAccuracy')}`, ''];
    }),
    ['claim finder tuning set: F1 / claimant accuracy', `${claims.claimTuningF1} / ${claims.claimTuningClaimantAccuracy}`, ''],
    [`browser capture of a ${(Number(capture.captureBytes) / 1e6).toFixed(1)} MB page, sent to stored (median / max of 5)`, `${capture.captureFiveMbMedianMs} / ${capture.captureFiveMbMaxMs} ms`, '<= 2000 ms'],
    [`verify ${capture.verify10kArticles} articles, ${capture.verify10kLogEntries} log entries (${capture.verify10kProblems} problems)`, `${capture.verify10kMs} ms`, '<= 60000 ms'],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`Research Notes benchmark (store: ${SAVES} saves each, interleaved; search, export, import)\n`);
  console.log(`${'measure'.padEnd(width)}  ${'value'.padEnd(18)}  target`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(18)}  ${target}`);
  printSteps(steps);
  if (json) console.log(JSON.stringify(result));
}

/** The table of a save's steps: where its time goes at 100 and at 10,000 articles. */
function printSteps(steps: ReturnType<typeof stepRows>): void {
  const width = Math.max(...steps.map((step) => step.name.length), 10);
  console.log(`\n${'save step'.padEnd(width)}  p95 at 100  p95 at 10k  per save`);
  for (const step of steps) console.log(`${step.name.padEnd(width)}  ${`${step.p95Ms100} ms`.padEnd(10)}  ${`${step.p95Ms10k} ms`.padEnd(10)}  ${step.perSave}`);
}

/** The store's figures alone (`--storage`). */
function printStorage(
  json: boolean,
  open: { openMs: number },
  open100: { openMs: number },
  at100: Target,
  at10k: Target,
  rawTimes: number[],
  autocompleteTimes: number[],
  tags: number,
  peakRssMb: number,
  steps: ReturnType<typeof stepRows>,
): void {
  const result = {
    openMs: round(open.openMs),
    openMs100: round(open100.openMs),
    saveP50Ms100: round(percentile(at100.times, 50)),
    saveP95Ms100: round(percentile(at100.times, 95)),
    saveP50Ms10k: round(percentile(at10k.times, 50)),
    saveP95Ms10k: round(percentile(at10k.times, 95)),
    rawAtomicWriteP50Ms: round(percentile(rawTimes, 50)),
    rawAtomicWriteP95Ms: round(percentile(rawTimes, 95)),
    tagAutocompleteMs: round(percentile(autocompleteTimes, 95)),
    tags,
    benchPeakRssMb: round(peakRssMb),
    saveSteps: Object.fromEntries(steps.map((step) => [step.name, { p95Ms100: step.p95Ms100, p95Ms10k: step.p95Ms10k }])),
  };
  console.log(`Research Notes storage benchmark (${SAVES} saves each, interleaved)\n`);
  console.log(`open 10k / 100 articles: ${result.openMs} / ${result.openMs100} ms`);
  console.log(`save p50 / p95 at 100: ${result.saveP50Ms100} / ${result.saveP95Ms100} ms; at 10k: ${result.saveP50Ms10k} / ${result.saveP95Ms10k} ms; ratio of p95s ${ratio(result.saveP95Ms10k, result.saveP95Ms100)} (target <= 1.3)`);
  console.log(`raw atomic write p50 / p95: ${result.rawAtomicWriteP50Ms} / ${result.rawAtomicWriteP95Ms} ms; tag autocomplete p95 ${result.tagAutocompleteMs} ms`);
  printSteps(steps);
  if (json) console.log(JSON.stringify(result));
}

/** A row per hostile import: wall time (CPU time, peak memory of its process) and what became of it. */
function hostileRows(figures: Record<string, { ms: number; cpuMs: number; peakRssMb: number; outcome: string }>): [string, string, string][] {
  const names: Record<string, string> = {
    deepHtml5k: 'hostile: web page nested 5,000 deep',
    deepHtml100k: 'hostile: web page nested 100,000 deep',
    deepHtml20Mb: 'hostile: 20 MB page of 4 million nested divs',
    deepChunksHtml: 'hostile: 200 chunks nested 99 deep (Readability)',
    pdf100kPages: 'hostile: PDF of 100,000 pages',
    docxBomb3Gb: 'hostile: 3 MB Word document, a picture of 3 GB',
    docxLiar3Gb: 'hostile: the same, its size given as 1 KB',
  };
  return Object.entries(figures).map(([key, figure]) => [
    `${names[key] ?? key} (${figure.outcome})`,
    `${figure.ms} ms`,
    `<= 10000 ms; cpu ${figure.cpuMs} ms, ${figure.peakRssMb} MB`,
  ]);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function ratio(a: number, b: number): string {
  return (a / b).toFixed(2);
}

await main();
