import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustodyEntry } from '../model/custody-entry.js';
import { FIRST_PREVIOUS_HASH } from '../model/custody-entry.js';
import type { VerifyProblem, VerifyReport } from '../model/verify-report.js';
import { LibraryLayout } from '../store/library-layout.js';
import { readCustodyLine, sha256Hex } from './custody-line.js';
import { messageOf } from '../api/api-error.js';

/** Article files read at once: enough to keep the disk busy, few enough to bound memory. */
const PARALLEL_READS = 16;

/** What verifyLibrary checks. */
export interface VerifyOptions {
  /** Only this article's files (and the whole log); default every article of the library. */
  articleId?: string;
  /** Told after each article file is checked. */
  onProgress?: (done: number, total: number) => void;
}

/** The fields of an article file verify reads (it parses the JSON, not the whole schema: 10,000 files must take seconds). */
interface StoredArticle {
  id?: unknown;
  title?: unknown;
  text?: unknown;
  contentHash?: unknown;
  originalPath?: unknown;
  originalSha256?: unknown;
  previousVersions?: unknown;
}

/**
 * Re-hashes a library straight from its folder, reading only (no lock, no repair: evidence is
 * never changed by checking it): every article's canonical text and its original against the
 * SHA-256 its file records; every custody log entry
 * against its own hash and the one the next entry records; and each article's hashes against its
 * last custody entry, so a file changed together with its recorded hash is still found.
 */
export async function verifyLibrary(folder: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const layout = new LibraryLayout(folder);
  const problems: VerifyProblem[] = [];
  const report = (file: string, message: string): void => void problems.push({ file, message });
  const ids = options.articleId !== undefined ? [options.articleId] : await articleIds(layout);
  // The articles first, then the log: the log is written after each article, so it is never older than what was read.
  const articles = new Map<string, StoredArticle>();
  let done = 0;
  for (let first = 0; first < ids.length; first += PARALLEL_READS) {
    await Promise.all(
      ids.slice(first, first + PARALLEL_READS).map(async (id) => {
        const article = await checkArticle(layout, id, report);
        if (article !== null) articles.set(id, article);
        options.onProgress?.(++done, ids.length);
      }),
    );
  }
  const log = await checkLog(layout, report);
  for (const [id, article] of articles) checkAgainstLog(id, article, log.latest.get(id), report);
  if (options.articleId === undefined) {
    for (const [id, { entry, line }] of log.latest) {
      if (entry.action !== 'delete' && !articles.has(id) && !ids.includes(id)) {
        report('custody.jsonl', `article ${id} ("${entry.title}") is in the log (line ${line}) but its file articles/${id}.json is missing, and no deletion is logged`);
      }
    }
  }
  return { articles: articles.size, logEntries: log.entries, problems };
}

async function articleIds(layout: LibraryLayout): Promise<string[]> {
  const names = await fs.readdir(layout.articlesFolder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names.map((name) => layout.articleIdOf(name)).filter((id): id is string => id !== null).sort();
}

async function checkArticle(layout: LibraryLayout, id: string, report: (file: string, message: string) => void): Promise<StoredArticle | null> {
  const file = `articles/${id}.json`;
  let data: { article?: StoredArticle };
  try {
    data = JSON.parse(await fs.readFile(layout.articlePath(id), 'utf8')) as { article?: StoredArticle };
  } catch (error) {
    report(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : `cannot be read as an article file (${messageOf(error)})`);
    return null;
  }
  const article = data.article;
  if (typeof article !== 'object' || article === null || typeof article.text !== 'string') {
    report(file, 'is not an article file');
    return null;
  }
  if (sha256Hex(article.text) !== article.contentHash) report(file, `its canonical text does not match the SHA-256 it records (${short(article.contentHash)})`);
  await checkKeptFile(layout, article.originalPath, article.originalSha256, report);
  await checkEarlierCaptures(layout, file, article.previousVersions, report);
  return article;
}

/** Re-hashes what each earlier capture of an article said and the page it kept. */
async function checkEarlierCaptures(layout: LibraryLayout, file: string, versions: unknown, report: (file: string, message: string) => void): Promise<void> {
  if (versions === undefined) return;
  if (!Array.isArray(versions)) {
    report(file, 'its earlier captures are not a list');
    return;
  }
  for (const [index, version] of (versions as Array<{ text?: unknown; contentHash?: unknown; originalPath?: unknown; originalSha256?: unknown; capturedAt?: unknown }>).entries()) {
    const which = `capture ${index + 1} of ${versions.length + 1} (${String(version?.capturedAt)})`;
    if (typeof version?.text !== 'string' || sha256Hex(version.text) !== version.contentHash) {
      report(file, `the text of its earlier ${which} does not match the SHA-256 it records (${short(version?.contentHash)})`);
    }
    await checkKeptFile(layout, version?.originalPath, version?.originalSha256, report);
  }
}

/** Re-hashes a kept archive or original against the SHA-256 recorded for it. */
async function checkKeptFile(layout: LibraryLayout, relativePath: unknown, recorded: unknown, report: (file: string, message: string) => void): Promise<void> {
  if (typeof relativePath !== 'string') return;
  const filePath = layout.originalFilePath(relativePath);
  if (filePath === null) {
    report(relativePath, 'is not a path inside originals/');
    return;
  }
  let found: string;
  try {
    found = createHash('sha256').update(await fs.readFile(filePath)).digest('hex');
  } catch (error) {
    report(relativePath, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : `cannot be read (${messageOf(error)})`);
    return;
  }
  if (found !== recorded) report(relativePath, `its bytes changed: SHA-256 recorded ${short(recorded)}, found ${short(found)}`);
}

interface LogCheck {
  entries: number;
  /** Each article's last entry and its line number. */
  latest: Map<string, { entry: CustodyEntry; line: number }>;
}

async function checkLog(layout: LibraryLayout, report: (file: string, message: string) => void): Promise<LogCheck> {
  const latest = new Map<string, { entry: CustodyEntry; line: number }>();
  const firstHash = await recordedFirstHash(layout);
  let text: string;
  try {
    text = await fs.readFile(layout.custodyPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (firstHash !== null) report('custody.jsonl', 'is missing, though the library recorded when its log started');
    return { entries: 0, latest };
  }
  if (text !== '' && !text.endsWith('\n')) report('custody.jsonl', 'its last line is incomplete (cut short, or changed)');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (firstHash !== null && (lines.length === 0 || sha256Hex(lines[0]!) !== firstHash)) {
    report('custody.jsonl', 'does not begin with the entry the library recorded when its log started: it was replaced, or its start was removed or changed');
  }
  let previousLine: string | null = null;
  let previousSeq = 0;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    const read = readCustodyLine(line);
    if (!read.ok) {
      report('custody.jsonl', `entry on line ${number}: ${read.why}`);
    } else {
      const expectedPrevious = previousLine === null ? FIRST_PREVIOUS_HASH : sha256Hex(previousLine);
      if (read.entry.prev !== expectedPrevious) report('custody.jsonl', `entry on line ${number} breaks the chain: the SHA-256 it records for the entry before it does not match that entry`);
      if (read.entry.seq !== previousSeq + 1) report('custody.jsonl', `entry on line ${number} is number ${read.entry.seq}, not ${previousSeq + 1}: entries were removed or reordered`);
      previousSeq = read.entry.seq;
      latest.set(read.entry.articleId, { entry: read.entry, line: number });
    }
    previousLine = line;
  }
  return { entries: lines.length, latest };
}

/** The first line's hash that settings.json recorded, or null when none (or no readable settings). */
async function recordedFirstHash(layout: LibraryLayout): Promise<string | null> {
  try {
    const settings = JSON.parse(await fs.readFile(path.join(layout.folder, 'settings.json'), 'utf8')) as { custodyLogFirstHash?: unknown };
    return typeof settings.custodyLogFirstHash === 'string' ? settings.custodyLogFirstHash : null;
  } catch {
    return null;
  }
}

function checkAgainstLog(id: string, article: StoredArticle, last: { entry: CustodyEntry; line: number } | undefined, report: (file: string, message: string) => void): void {
  const file = `articles/${id}.json`;
  if (last === undefined) {
    report(file, 'has no entry in the custody log');
    return;
  }
  const { entry, line } = last;
  if (entry.action === 'delete') {
    report(file, `is logged as deleted (custody.jsonl line ${line}) but is still in the library`);
    return;
  }
  if (entry.textSha256 !== article.contentHash) report(file, `its text's SHA-256 differs from the one its last custody entry records (line ${line}, ${entry.action})`);
  if (entry.originalSha256 !== (typeof article.originalSha256 === 'string' ? article.originalSha256 : null)) {
    report(file, `its archive's or original's SHA-256 differs from the one its last custody entry records (line ${line}, ${entry.action})`);
  }
}

function short(hash: unknown): string {
  return typeof hash === 'string' ? `${hash.slice(0, 12)}…` : 'none';
}
