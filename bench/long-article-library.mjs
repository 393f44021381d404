// The long-article bench's library: a 150,000-word article with 1,000 highlights and the same article
// without them, built through the web shell once and kept in .bench-cache/ (storing 1,000 highlights
// on a 1 MB article takes a minute or more); every run works on a fresh copy of it.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = 150_000;
const WORDS_PER_PARAGRAPH = 60;
const HIGHLIGHTS = 1_000;
/** Titles of the two articles. */
export const WITH_TITLE = 'Long Report With Highlights';
export const WITHOUT_TITLE = 'Long Report Without Highlights';
// Bump when the article or the highlights below change: a cached library of the old shape is not reused.
const CACHE = path.join(ROOT, '.bench-cache', `long-article-library-${WORDS}-${HIGHLIGHTS}-v1`);

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

/** Starts `research-notes web` on a library folder; resolves with its URL, origin and token. */
export function startWebShell(library) {
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

/** Stops a web shell as a user would; resolves once it has exited (it folds its index as it closes). */
export async function stopWebShell(shell) {
  if (shell.child.exitCode !== null) return;
  const exited = new Promise((resolve) => shell.child.once('exit', resolve));
  shell.child.kill('SIGTERM');
  await exited;
}

/** One API call through the web shell, as the renderer makes it. */
export async function call(shell, method, args) {
  const response = await fetch(`${shell.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Research-Notes-Token': shell.token },
    body: JSON.stringify(args),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A fresh copy of the bench library in a temporary folder (built into the cache first if missing). */
export async function copyLongArticleLibrary() {
  if (!(await stat(CACHE).catch(() => null))) await buildCache();
  const library = await mkdtemp(path.join(tmpdir(), 'rn-long-bench-'));
  await cp(CACHE, library, { recursive: true });
  return library;
}

async function buildCache() {
  const building = await mkdtemp(path.join(tmpdir(), 'rn-long-bench-cache-'));
  const shell = await startWebShell(building);
  try {
    const withSummary = await call(shell, 'importArticle', { content: makeArticle(WITH_TITLE), format: 'text' });
    await call(shell, 'importArticle', { content: makeArticle(WITHOUT_TITLE), format: 'text' });
    const { article } = await call(shell, 'getArticle', { id: withSummary.id });
    for (const target of highlightTargets(article.text)) await call(shell, 'createHighlight', { articleId: article.id, target });
  } finally {
    await stopWebShell(shell);
  }
  await rm(CACHE, { recursive: true, force: true });
  // Copied rather than renamed: the temporary folder may sit on another file system.
  await cp(building, `${CACHE}.partial`, { recursive: true });
  await rename(`${CACHE}.partial`, CACHE);
  await rm(building, { recursive: true, force: true });
}
