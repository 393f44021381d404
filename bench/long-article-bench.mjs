// Browser benchmark of the article view: in Debian's Chromium, against the web shell,
// opens a 150,000-word article with 1,000 highlights and the same article without them, and
// highlights passages in it with Ctrl+Shift+H. Prints one JSON object as the last line of stdout:
//   { openLongArticleMs, openLongArticleNoHighlightsMs, openRatio, openLongArticleWithListMs,
//     applyHighlightLongMs, applyHighlightLongThrottledMs, ... }
// openLongArticleWithListMs is the same open until the Highlights list shows its entries as well.
// applyHighlightLongMs is the p95 of 50 applications (key press to the frame that draws the
// highlight); applyHighlightLongThrottledMs the same with the page's CPU throttled 4x.
// Targets: openLongArticleMs <= 1500, openRatio <= 1.3, applyHighlightLongMs <= 50.
// Run: node scripts/build.mjs && node bench/long-article-bench.mjs   (CHROMIUM_PATH overrides the browser)
// BENCH_TRACE=DIR also records Chrome performance traces of a few applications (plain and throttled)
// into DIR and prints where their time went (see bench/summarize-trace.mjs).
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/find-chromium.mjs';
import { call, copyLongArticleLibrary, startWebShell, stopWebShell, WITH_TITLE, WITHOUT_TITLE } from './long-article-library.mjs';
import { applyMany, median, timeOpen } from './long-article-timing.mjs';
import { formatTraceSummary, summarizeTrace, TRACE_CATEGORIES } from './summarize-trace.mjs';

const CHROMIUM = findChromium();
if (CHROMIUM === null) {
  console.error(`long-article bench: ${NO_CHROMIUM_MESSAGE}`);
  process.exit(1);
}
const OPEN_RUNS = 3;
const APPLY_RUNS = Number(process.env.BENCH_APPLY_RUNS ?? 50);
const TRACED_RUNS = 5;
// The CPU of a slower laptop, or of this one while something else runs.
const THROTTLE_RATE = 4;

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Traces `count` applications into DIR/NAME.json and prints where their time went. */
async function traceApplications(browser, page, first, count, name) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false });
  await applyMany(page, first, count);
  const buffer = await browser.stopTracing();
  await writeFile(path.join(process.env.BENCH_TRACE, `${name}.json`), buffer);
  console.error(`${name}: ${formatTraceSummary(summarizeTrace(JSON.parse(buffer.toString('utf8')), 'apply'), 20)}\n`);
}

const library = await copyLongArticleLibrary();
const shell = await startWebShell(library);
const browser = await chromium.launch({ logger: process.env.BENCH_DEBUG ? { isEnabled: () => true, log: (name, severity, message) => name === 'browser' && console.error(message) } : undefined, executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const listed = await call(shell, 'listArticles', {});
  const withId = (listed.articles ?? listed).find((item) => item.title === WITH_TITLE).id;
  const highlightCount = (await call(shell, 'getArticle', { id: withId })).highlights.length;

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('crash', () => console.error('page crashed'));
  page.on('pageerror', (error) => console.error('page error', error));
  await page.goto(shell.url);
  await page.waitForSelector('[aria-label="Library"] button');
  // A first open warms the code paths (JIT, fonts) the way a second open in a session would be.
  await timeOpen(page, WITHOUT_TITLE, 0);
  const open = [];
  const openList = [];
  const openBare = [];
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    const withHighlights = await timeOpen(page, WITH_TITLE, highlightCount);
    open.push(withHighlights.articleMs);
    openList.push(withHighlights.listMs);
    openBare.push((await timeOpen(page, WITHOUT_TITLE, 0)).articleMs);
  }
  await timeOpen(page, WITH_TITLE, highlightCount);
  const apply = await applyMany(page, 0, APPLY_RUNS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE_RATE });
  const applyThrottled = await applyMany(page, APPLY_RUNS, APPLY_RUNS);
  if (process.env.BENCH_TRACE) {
    await traceApplications(browser, page, 2 * APPLY_RUNS, TRACED_RUNS, 'apply-trace-throttled');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await traceApplications(browser, page, 2 * APPLY_RUNS + TRACED_RUNS, TRACED_RUNS, 'apply-trace');
  }

  if (process.env.BENCH_DEBUG) console.error('open', open, openBare);
  const result = {
    words: 150_000,
    highlights: highlightCount,
    openLongArticleMs: Math.round(median(open)),
    openLongArticleNoHighlightsMs: Math.round(median(openBare)),
    openRatio: Number((median(open) / median(openBare)).toFixed(2)),
    openLongArticleWithListMs: Math.round(median(openList)),
    applyHighlightLongMs: Math.round(percentile(apply, 95)),
    applyHighlightLongMedianMs: Math.round(median(apply)),
    applyHighlightLongThrottledMs: Math.round(percentile(applyThrottled, 95)),
    applyHighlightLongThrottledMedianMs: Math.round(median(applyThrottled)),
    runs: { open: open.map(Math.round), openWithList: openList.map(Math.round), openNoHighlights: openBare.map(Math.round), apply: apply.map(Math.round), applyThrottled: applyThrottled.map(Math.round) },
  };
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  // The shell folds its index into library.json as it closes: the folder goes only after it has exited.
  await stopWebShell(shell);
  await rm(library, { recursive: true, force: true });
}
