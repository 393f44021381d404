import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendHttpRequest } from './test-support/send-http-request.js';
import { SEED_ARTICLE } from '../tests/support/fixtures.js';
import { finishCli, startCli, type CliOutcome } from './cli-test-helpers.js';

// The command line as a user runs it: `node bin/research-notes.mjs ...` on the built dist/, in a
// child process, against a fresh library folder per test.

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const SEED = SEED_ARTICLE;
const TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';

type Outcome = CliOutcome;

let folder: string;
let library: string;

beforeAll(() => {
  for (const built of ['dist/cli/main.mjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(REPO_ROOT, built))) {
      throw new Error(`${built} is missing: build first with \`node scripts/build.mjs\` (npm test does it), then run these tests again.`);
    }
  }
});

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-cli-'));
  library = path.join(folder, 'library');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

// The user's own library must never be touched by a test (startCli leaves it out unless env sets it).
const start = (args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess => startCli(args, folder, env);
const finish = (child: ChildProcess): Promise<Outcome> => finishCli(child);

const cli = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> => finish(start(args, env));

function expectUserError(outcome: Outcome, pattern: RegExp): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toBe('');
  const lines = outcome.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^research-notes: /);
  expect(lines[0]).toMatch(pattern);
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
}

describe('research-notes suggest-claims', () => {
  it('prints the suggested claims of each file as JSON, offsets into the canonical text, importing nothing', async () => {
    const outcome = await cli(['suggest-claims', SEED, '--json'], { RESEARCH_NOTES_LIBRARY: library });
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const results = JSON.parse(outcome.stdout) as { file: string; suggestions: { exact: string; start: number; end: number; claimant: string; cue: string; kind: string; confidence: number }[] }[];
    expect(results.map((result) => result.file)).toEqual([SEED]);
    const [{ suggestions }] = results as [(typeof results)[number]];
    const question = suggestions.find((suggestion) => suggestion.exact.startsWith('Why is there no reaction'));
    expect(question).toMatchObject({ claimant: 'Armen Khachatrian', cue: 'told', kind: 'direct' });
    expect(Object.keys(question!).sort()).toEqual(['claimant', 'confidence', 'cue', 'end', 'exact', 'kind', 'start']);
    // The offsets are those of the text an import stores.
    const imported = await cli(['import', SEED, '--library', library, '--json']);
    const text = (JSON.parse(imported.stdout) as { text: string }[])[0]!.text;
    for (const suggestion of suggestions) expect(text.slice(suggestion.start, suggestion.end)).toBe(suggestion.exact);
  });

  it('prints one line per suggestion, and exits with 1 when a file cannot be read', async () => {
    const outcome = await cli(['suggest-claims', SEED, path.join(folder, 'missing.txt')], { RESEARCH_NOTES_LIBRARY: library });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/seed-article\.txt: \d+ suggested claims/);
    expect(outcome.stdout).toContain('Vladimir Putin (said, direct');
    expect(outcome.stderr).toMatch(/^research-notes: .*missing\.txt/);
    // Nothing was imported: the library folder was never even made.
    expect(existsSync(library)).toBe(false);
  });
});

describe('research-notes import', () => {
  it('imports the seed article and prints it as JSON with its text', async () => {
    const outcome = await cli(['import', SEED, '--library', library, '--json']);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const articles = JSON.parse(outcome.stdout) as Record<string, unknown>[];
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(Object.keys(article!).sort()).toEqual(['byline', 'contentHash', 'id', 'importedAt', 'lang', 'publishedTime', 'siteName', 'source', 'status', 'text', 'title', 'url'].sort());
    expect(article).toMatchObject({ source: SEED, status: 'imported' });
    expect(article!.title).toBe(TITLE);
    expect(article!.text).toContain('Armen Khachatrian');
    expect(article!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints one line per imported article, with its title, id and source; a second copy only when asked', async () => {
    const outcome = await cli(['import', SEED, SEED, '--library', library, '--if-duplicate', 'keep-both']);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    const lines = outcome.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(new RegExp(`^Imported "${TITLE}" \\(id \\S+\\) from ${escapeRegExp(SEED)}$`));
  });

  it('reports a duplicate as failed, naming the article, and updates it in place when told', async () => {
    const [first] = JSON.parse((await cli(['import', SEED, '--library', library, '--json'])).stdout) as { id: string }[];
    const again = await cli(['import', SEED, '--library', library]);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(new RegExp(`^Failed ${escapeRegExp(SEED)}: .*"${TITLE}" \\(id ${first!.id}\\).*--if-duplicate update`));
    expect(again.stderr).toBe('research-notes: 1 of 1 import failed; nothing was imported.\n');
    const updated = await cli(['import', SEED, '--library', library, '--if-duplicate', 'update']);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toBe(`Updated "${TITLE}" (id ${first!.id}) from ${SEED}: 0 highlights re-anchored\n`);
    expect(JSON.parse((await cli(['list', '--library', library, '--json'])).stdout)).toHaveLength(1);
    expectUserError(await cli(['import', SEED, '--library', library, '--if-duplicate', 'maybe']), /--if-duplicate must be ask, update or keep-both/);
  });

  it('imports what it can, prints a failed line for each file it cannot, and exits with 1', async () => {
    const broken = path.join(folder, 'broken.pdf');
    await writeFile(broken, 'not a pdf at all');
    const outcome = await cli(['import', SEED, 'no-such-article.txt', broken, '--library', library]);
    expect(outcome.code).toBe(1);
    const lines = outcome.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Imported "/);
    expect(lines[1]).toMatch(/^Failed no-such-article\.txt: Cannot import the file "no-such-article\.txt": it does not exist\.$/);
    expect(lines[2]).toMatch(new RegExp(`^Failed ${escapeRegExp(broken)}: Cannot import the file "broken\\.pdf": it is not a PDF`));
    expect(outcome.stderr).toBe('research-notes: 2 of 3 imports failed; the other 1 was imported and kept in the library.\n');
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    const list = await cli(['list', '--library', library, '--json']);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('fetches an http(s) argument and imports the page', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><head><title>Served page</title></head><body><article><h1>Served page</h1><p>A page fetched by the command line from a local server.</p></article></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
      const outcome = await cli(['import', url, '--library', library]);
      expect(outcome.stderr).toBe('');
      expect(outcome.stdout).toMatch(new RegExp(`^Imported "Served page" \\(id \\S+\\) from ${escapeRegExp(url)}\n$`));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('imports the supported files directly inside a folder, not its subfolders, with results as JSON', async () => {
    const batch = path.join(folder, 'batch');
    await mkdir(path.join(batch, 'page_files'), { recursive: true });
    await writeFile(path.join(batch, 'b-notes.md'), '# Notes on the summit\n\nThe summit was postponed again.\n');
    await writeFile(path.join(batch, 'a-seed.txt'), await readFile(SEED));
    await writeFile(path.join(batch, 'photo.png'), 'not imported');
    await writeFile(path.join(batch, 'page_files', 'frame.html'), '<p>A frame of a saved page, not an article.</p>');
    const outcome = await cli(['import', batch, '--library', library, '--json']);
    expect(outcome.code).toBe(0);
    const results = JSON.parse(outcome.stdout) as { source: string; status: string; title: string }[];
    expect(results.map(({ source, status, title }) => ({ source, status, title }))).toEqual([
      { source: path.join(batch, 'a-seed.txt'), status: 'imported', title: TITLE },
      { source: path.join(batch, 'b-notes.md'), status: 'imported', title: 'Notes on the summit' },
    ]);
  });

  it('fails on an empty folder, on no argument, and on an unknown flag', async () => {
    const empty = await cli(['import', folder, '--library', library]);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toMatch(/^Failed .*: Nothing to import in the folder .*: it holds no files of a supported kind/);
    expectUserError(await cli(['import', '--library', library]), /at least one file/);
    expectUserError(await cli(['import', SEED, '--bogus']), /Unknown option '--bogus'.*--help/);
  });
});

describe('research-notes list', () => {
  it('lists id, date, title and highlight count, or JSON summaries', async () => {
    const imported = JSON.parse((await cli(['import', SEED, '--library', library, '--json'])).stdout) as { id: string; importedAt: string }[];
    const { id, importedAt } = imported[0]!;
    const lines = await cli(['list', '--library', library]);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toBe(`${id}  ${importedAt.slice(0, 10)}  ${TITLE}  (0 highlights)\n`);
    const json = JSON.parse((await cli(['list', '--library', library, '--json'])).stdout) as Record<string, unknown>[];
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ id, title: TITLE, highlightCount: 0 });
    expect(json[0]).not.toHaveProperty('text');
  });

  it('uses RESEARCH_NOTES_LIBRARY when --library is not given', async () => {
    await cli(['import', SEED, '--library', library]);
    const outcome = await cli(['list'], { RESEARCH_NOTES_LIBRARY: library });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(TITLE);
  });

  it('says on stderr that an empty library is empty', async () => {
    const outcome = await cli(['list', '--library', library]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('no articles');
  });
});

describe('research-notes export', () => {
  it('prints the only article as Markdown with front matter, or writes it to --out', async () => {
    await cli(['import', SEED, '--library', library]);
    const printed = await cli(['export', '--library', library]);
    expect(printed.code).toBe(0);
    expect(printed.stdout.startsWith('---')).toBe(true);
    expect(printed.stdout).toContain(TITLE);
    const out = path.join(folder, 'notes.md');
    const written = await cli(['export', '--library', library, '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe(`Exported to ${out}\n`);
    expect(await readFile(out, 'utf8')).toBe(printed.stdout);
    // Nothing of the atomic write is left beside the file.
    expect((await readdir(folder)).sort()).toEqual(['library', 'notes.md']);
  });

  it('asks to pick an article with --article when there are several, and exports the one picked', async () => {
    const [first] = JSON.parse((await cli(['import', SEED, SEED, '--library', library, '--json', '--if-duplicate', 'keep-both'])).stdout) as { id: string }[];
    expectUserError(await cli(['export', '--library', library]), /holds 2 articles; pick one with --article ID \(ids from `research-notes list`\)/);
    const picked = await cli(['export', '--library', library, '--article', first!.id]);
    expect(picked.code).toBe(0);
    expect(picked.stdout.startsWith('---')).toBe(true);
  });

  it('fails with one line for an unknown article, an empty library, or an unwritable --out', async () => {
    expectUserError(await cli(['export', '--library', library]), /no articles to export/);
    await cli(['import', SEED, '--library', library]);
    expectUserError(await cli(['export', '--library', library, '--article', 'no-such-id']), /./);
    expectUserError(await cli(['export', '--library', library, '--out', path.join(folder, 'missing-folder', 'notes.md')]), /cannot write .*notes\.md/);
  });
});

describe('research-notes help and mistakes', () => {
  it.each(['import', 'list', 'export', 'web'])('%s --help prints its usage', async (command) => {
    const outcome = await cli([command, '--help']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(new RegExp(`^Usage: research-notes ${command}`));
  });

  it('prints the overview for --help and fails with one line without a command', async () => {
    const outcome = await cli(['--help']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^Usage: research-notes COMMAND/);
    expectUserError(await cli([]), /name a command/);
    expectUserError(await cli(['frobnicate']), /unknown command "frobnicate"/);
    expectUserError(await cli(['web', '--port', 'eighty']), /--port must be a number/);
  });
});

describe('research-notes web', () => {
  it('prints its URL on one line, guards requests, serves the app and the API, and stops on SIGTERM', async () => {
    const child = start(['web', '--library', library, '--port', '0']);
    const done = finish(child);
    const url = new URL(await readUrlLine(child));
    const port = Number(url.port);
    const token = url.searchParams.get('token')!;
    expect(url.hostname).toBe('127.0.0.1');
    expect(token).toMatch(/^[0-9a-f]{64}$/);

    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(403);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toMatch(/<!doctype html>/i);

    const seed = await readFile(SEED, 'utf8');
    const imported = await fetch(`http://127.0.0.1:${port}/api/importArticle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-research-notes-token': token },
      body: JSON.stringify({ content: seed }),
    });
    expect(await imported.json()).toMatchObject({ ok: true, value: { title: TITLE } });
    const listed = await fetch(`http://127.0.0.1:${port}/api/listArticles`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-research-notes-token': token }, body: '{}' });
    expect(await listed.json()).toMatchObject({ ok: true, value: [{ title: TITLE }] });

    expect((await sendHttpRequest({ port, path: '/', headers: { host: `attacker.example:${port}`, 'x-research-notes-token': token } })).status).toBe(403);
    for (const attempt of ['/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      expect([403, 404]).toContain((await sendHttpRequest({ port, path: attempt, headers: { 'x-research-notes-token': token } })).status);
    }

    child.kill('SIGTERM');
    const outcome = await done;
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.trim().split('\n')).toEqual([`Research Notes is running at ${url.href}`]);
    expect(outcome.stderr).toBe('');

    // What the browser imported was saved, and the library is free again for the next process.
    const after = await cli(['list', '--library', library]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(TITLE);
  });

  it('stops cleanly on SIGINT too', async () => {
    const child = start(['web', '--library', library]);
    const done = finish(child);
    await readUrlLine(child);
    child.kill('SIGINT');
    expect((await done).code).toBe(0);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readUrlLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`research-notes web printed no URL within 20 s:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Research Notes is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`research-notes web exited with code ${code} before printing its URL:\n${output}`));
    });
  });
}
