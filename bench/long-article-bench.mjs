// Browser benchmark of the article view (issue 5): in Debian's Chromium, against the web shell,
// opens a 150,000-word article with 1,000 highlights and the same article without them, and
// highlights a passage in it. Prints one JSON object as the last line of stdout:
//   { openLongArticleMs, openLongArticleNoHighlightsMs, openRatio, openLongArticleWithListMs, applyHighlightLongMs, ... }
// openLongArticleWithListMs is the same open until the Highlights list holds all 1,000 entries as well.
// Targets: openLongArticleMs <= 1500, openRatio <= 1.3, applyHighlightLongMs <= 50.
// Run: node scripts/build.mjs && node bench/long-article-bench.mjs   (CHROMIUM_PATH overrides the browser)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/find-chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = findChromium();
if (CHROMIUM === null) {
  console.error(`long-article bench: ${NO_CHROMIUM_MESSAGE}`);
  process.exit(1);
}
const WORDS = 150_000;
const WORDS_PER_PARAGRAPH = 60;
const HIGHLIGHTS = 1_000;
const OPEN_RUNS = 3;
const APPLY_RUNS = 7;

const VOCABULARY = ('the of and to in a is that for on with as by at from this be was are were it an or which has had have not but ' +
  'government minister ministry armenia azerbaijan russia summit talks border troops alliance security treaty organization ' +
  'statement claimed denied reported according officials said president parliament lawmaker opposition agreement ' +
  'ceasefire negotiations peace region military offensive support criticism accusation sources diplomatic').split(' ');

/** A deterministic pseudo-random article: a title line, then paragraphs of plain words. */
function makeArticle(title) {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const paragraphs = [];
  for (let written = 0; written < WORDS; written += WORDS_PER_PARAGRAPH) {
    const words = [];
    for (let index = 0; index < WORDS_PER_PARAGRAPH; index += 1) words.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    paragraphs.push(`${words.join(' ')}.`);
  }
  return [title, ...paragraphs].join('\n\n');
}

function startWebShell(library) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/research-notes.mjs'), 'web', '--library', library, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]+))/.exec(output);
      if (match) resolve({ child, url: match[1], origin: `http://127.0.0.1:${match[2]}`, token: match[3] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`web shell exited (${code}):\n${output}`)));
  });
}

async function call(shell, method, args) {
  const response = await fetch(`${shell.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Research-Notes-Token': shell.token },
    body: JSON.stringify(args),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** 1,000 highlights spread over the text, every tenth nested in the one before (overlaps are the hard case). */
function highlightTargets(text) {
  const targets = [];
  const step = Math.floor(text.length / HIGHLIGHTS);
  for (let index = 0; index < HIGHLIGHTS; index += 1) {
    let start = index * step + 11;
    let end = start + 40 + (index % 7) * 15;
    if (index % 10 === 9) {
      start = (index - 1) * step + 20;
      end = start + 20;
    }
    while (/\s/.test(text[start])) start += 1;
    while (end > start + 1 && /\s/.test(text[end - 1])) end -= 1;
    // Kept inside one paragraph: a range that would cross a blank line starts after it instead.
    const lineBreak = text.indexOf('\n', start);
    if (lineBreak >= 0 && lineBreak < end) {
      const length = end - start;
      start = lineBreak + 2;
      end = start + length;
    }
    const exact = text.slice(start, end);
    targets.push({
      quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      position: { type: 'TextPositionSelector', start, end },
    });
  }
  return targets;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Clicks an article in the library and resolves when its text (and, if any, its highlights) are drawn:
 * `articleMs`; `listMs` is when the Highlights list holds every entry too (it is drawn after the article).
 * Starts from an idle page, so work left over from the previous open is not counted against this one.
 */
async function timeOpen(page, title, expectedHighlights) {
  return page.evaluate(async ({ title: wanted, expected }) => {
    const button = [...document.querySelectorAll('[aria-label="Library"] button')].find((item) => item.textContent.includes(wanted));
    if (!button) throw new Error(`no library entry ${wanted}`);
    const isArticleDone = () => {
      const heading = document.querySelector('.article-title');
      if (!heading || heading.textContent !== wanted) return false;
      if (!document.querySelector('.ProseMirror p')) return false;
      return expected === 0 || document.querySelectorAll('.ProseMirror [data-highlight-id]').length >= expected;
    };
    const isListDone = () => document.querySelectorAll('[aria-label="Highlights of this article"] > li').length >= expected;
    // One more frame: the state is drawn, not only in the DOM.
    const afterFrame = (start) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0)));
    const until = (isDone) => new Promise((resolve) => {
      const poll = () => (isDone() ? resolve() : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    const start = performance.now();
    button.click();
    await until(isArticleDone);
    const articleMs = await afterFrame(start);
    await until(isListDone);
    const listMs = await afterFrame(start);
    return { articleMs, listMs };
  }, { title, expected: expectedHighlights });
}

/** Selects a passage in the open article, presses Highlight and resolves when the new highlight is drawn. */
async function timeApply(page, run) {
  return page.evaluate(async (index) => {
    const paragraphs = document.querySelectorAll('.ProseMirror p');
    // Paragraphs far apart from run to run, beyond the bench's own highlights' first words.
    const paragraph = paragraphs[Math.floor(((index + 1) * paragraphs.length) / 9)];
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    let last = node;
    for (; node; node = walker.nextNode()) last = node;
    const range = document.createRange();
    range.setStart(last, Math.max(0, last.data.length - 30));
    range.setEnd(last, last.data.length - 1);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    // The selection reaches the app on the (asynchronous) selectionchange event, as with a mouse.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = new Set([...document.querySelectorAll('.ProseMirror [data-highlight-id]')].map((span) => span.dataset.highlightId)).size;
    const button = [...document.querySelectorAll('button')].find((item) => item.textContent.trim() === 'Highlight');
    // A click on a disabled button does nothing, and the wait below would never end.
    if (button.disabled) throw new Error(`apply run ${index}: the Highlight button is disabled (the selection "${window.getSelection()}" did not reach the app)`);
    const start = performance.now();
    button.click();
    await new Promise((resolve, reject) => {
      const poll = () => {
        const now = new Set([...document.querySelectorAll('.ProseMirror [data-highlight-id]')].map((span) => span.dataset.highlightId)).size;
        if (now > before) resolve();
        else if (performance.now() - start > 10_000) reject(new Error(`apply run ${index}: no new highlight after 10 s`));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    return performance.now() - start;
  }, run);
}

const library = await mkdtemp(path.join(tmpdir(), 'rn-long-bench-'));
const shell = await startWebShell(library);
const browser = await chromium.launch({ logger: process.env.BENCH_DEBUG ? { isEnabled: () => true, log: (name, severity, message) => name === 'browser' && console.error(message) } : undefined, executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const withTitle = 'Long Report With Highlights';
  const withoutTitle = 'Long Report Without Highlights';
  const withSummary = await call(shell, 'importArticle', { content: makeArticle(withTitle), format: 'text' });
  await call(shell, 'importArticle', { content: makeArticle(withoutTitle), format: 'text' });
  const { article } = await call(shell, 'getArticle', { id: withSummary.id });
  const targets = highlightTargets(article.text);
  const setupStart = performance.now();
  for (const target of targets) await call(shell, 'createHighlight', { articleId: article.id, target });
  const setupMs = performance.now() - setupStart;

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('crash', () => console.error('page crashed'));
  page.on('pageerror', (error) => console.error('page error', error));
  await page.goto(shell.url);
  await page.waitForSelector('[aria-label="Library"] button');
  // A first open warms the code paths (JIT, fonts) the way a second open in a session would be.
  await timeOpen(page, withoutTitle, 0);
  const open = [];
  const openList = [];
  const openBare = [];
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    const withHighlights = await timeOpen(page, withTitle, targets.length);
    open.push(withHighlights.articleMs);
    openList.push(withHighlights.listMs);
    openBare.push((await timeOpen(page, withoutTitle, 0)).articleMs);
  }
  await timeOpen(page, withTitle, targets.length);
  const apply = [];
  for (let run = 0; run < APPLY_RUNS; run += 1) {
    if (process.env.BENCH_DEBUG) console.error('apply run', run);
    // Back to back, as an analyst marking passages does: the next run selects while the library may still be storing the last one.
    apply.push(await timeApply(page, run));
  }

  if (process.env.BENCH_DEBUG) console.error('open', open, openBare);
  const result = {
    words: WORDS,
    highlights: targets.length,
    openLongArticleMs: Math.round(median(open)),
    openLongArticleNoHighlightsMs: Math.round(median(openBare)),
    openRatio: Number((median(open) / median(openBare)).toFixed(2)),
    openLongArticleWithListMs: Math.round(median(openList)),
    applyHighlightLongMs: Math.round(median(apply)),
    runs: { open: open.map(Math.round), openWithList: openList.map(Math.round), openNoHighlights: openBare.map(Math.round), apply: apply.map(Math.round) },
    setupHighlightsMs: Math.round(setupMs),
  };
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  // The shell folds its index into library.json as it closes: the folder goes only after it has exited.
  const exited = new Promise((resolve) => shell.child.once('exit', resolve));
  shell.child.kill('SIGTERM');
  await exited;
  await rm(library, { recursive: true, force: true });
}
