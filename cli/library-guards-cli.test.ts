import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importedDocumentForTests } from '../core/library/imported-document-for-tests.js';
import { openLibrary } from '../core/library/library-service.js';
import { finishCli, startCli } from './cli-test-helpers.js';

// The one-writer rule and read-only libraries as a user meets them: web shells and commands in
// child processes (`node bin/research-notes.mjs` on the built dist/), against a fresh library.

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CLAIM = 'the claim under test';
/** Root ignores file permissions: a read-only library is then opened by the unprivileged user "nobody". */
const NOBODY = 65534;

let folder: string;
let library: string;
const started: ChildProcess[] = [];

beforeAll(() => {
  for (const built of ['dist/cli/main.mjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(REPO_ROOT, built))) throw new Error(`${built} is missing: build first with \`node scripts/build.mjs\` (npm test does it).`);
  }
});

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-guards-'));
  library = path.join(folder, 'library');
});

afterEach(async () => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
  await fs.chmod(library, 0o755).catch(() => undefined);
  await fs.rm(folder, { recursive: true, force: true });
});

function start(args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = startCli(args, folder, {}, options);
  started.push(child);
  return child;
}

const finish = finishCli;

/** Starts a web shell and resolves with a caller of its API once it prints its address. */
async function startWebShell(options: SpawnOptions = {}): Promise<{ child: ChildProcess; call: (method: string, args: object) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> }> {
  const child = start(['web', '--library', library, '--port', '0'], options);
  const url = await new Promise<URL>((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Research Notes is running at (\S+)/.exec(output);
      if (match) resolve(new URL(match[1]!));
    });
    child.on('close', (code) => reject(new Error(`the web shell ended (code ${code}): ${errors}`)));
  });
  const token = url.searchParams.get('token')!;
  const call = async (method: string, args: object) => {
    const response = await fetch(new URL(`/api/${method}`, url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-research-notes-token': token }, body: JSON.stringify(args) });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  };
  return { child, call };
}

function highlightArgs(articleId: string, text: string, note: string): object {
  const start = text.indexOf(CLAIM);
  return {
    articleId,
    target: { quote: { type: 'TextQuoteSelector', exact: CLAIM, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + CLAIM.length } },
    note,
  };
}

describe('the lock of a library removed while it is open', () => {
  it('keeps a second web shell out, and the first stops saving with a clear error instead of losing data', async () => {
    const first = await startWebShell();
    const imported = await first.call('importArticle', { content: `Someone said ${CLAIM}.`, fileName: 'claim.txt' });
    expect(imported.ok).toBe(true);
    const article = imported.value as { id: string };
    const { value } = await first.call('getArticle', { id: article.id });
    const text = (value as { article: { text: string } }).article.text;
    expect((await first.call('createHighlight', highlightArgs(article.id, text, 'before'))).ok).toBe(true);

    await fs.rm(path.join(library, '.lock'));
    const second = await finish(start(['web', '--library', library, '--port', '0']));
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`is open in the web shell (pid ${first.child.pid})`);
    // A command-line import is kept out the same way.
    const importing = await finish(start(['list', '--library', library]));
    expect(importing.code).toBe(1);
    expect(importing.stderr).toContain('is open in the web shell');

    const refused = await first.call('createHighlight', highlightArgs(article.id, text, 'after'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'LIBRARY_LOCK_LOST' } });
    expect(refused.error!.message).toMatch(/stopped saving .* lock file .* was removed/);
    first.child.kill('SIGINT');
    await finish(first.child);

    const reopened = await openLibrary(library);
    const { highlights } = await reopened.getArticle({ id: article.id });
    expect(highlights.map((highlight) => highlight.note)).toEqual(['before']);
    await reopened.close();
  }, 60_000);
});

describe('a library that cannot be written', () => {
  it('opens read-only, says so, lists, searches, reads and exports, and refuses changes', async () => {
    const setup = await openLibrary(library);
    const article = await setup.addImportedArticle(importedDocumentForTests('Readable', [`Someone said ${CLAIM}.`]));
    const { article: full } = await setup.getArticle({ id: article.id });
    await setup.createHighlight({ ...(highlightArgs(article.id, full.text, 'kept') as Parameters<typeof setup.createHighlight>[0]) });
    await setup.close();
    const asReader: SpawnOptions = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    if (process.getuid?.() === 0) await fs.chmod(folder, 0o755);
    else await fs.chmod(library, 0o555);
    const before = (await fs.readdir(library)).sort();

    const listed = await finish(start(['list', '--library', library], asReader));
    expect(listed.stderr).toContain('read-only');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Readable  (1 highlight)');
    const exported = await finish(start(['export', '--library', library, '--article', article.id], asReader));
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(CLAIM);

    const shell = await startWebShell(asReader);
    const info = await shell.call('getLibraryInfo', {});
    expect(info.value).toMatchObject({ readOnly: true });
    expect((info.value as { notices: string[] }).notices.join('\n')).toMatch(/read-only/);
    expect(((await shell.call('search', { query: 'claim' })).value as unknown[]).length).toBeGreaterThan(0);
    expect(((await shell.call('getArticle', { id: article.id })).value as { highlights: unknown[] }).highlights).toHaveLength(1);
    const refused = await shell.call('createHighlight', highlightArgs(article.id, full.text, 'new'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'LIBRARY_READ_ONLY' } });
    shell.child.kill('SIGINT');
    expect((await finish(shell.child)).code).toBe(0);
    expect((await fs.readdir(library)).sort()).toEqual(before);
  }, 60_000);
});
