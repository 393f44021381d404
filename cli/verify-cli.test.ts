import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importedDocumentForTests } from '../core/library/imported-document-for-tests.js';
import { openLibrary } from '../core/library/library-service.js';
import { runCli, type CliOutcome } from './cli-test-helpers.js';

// `research-notes verify` as a user runs it: the built bin in a child process, on a fresh library.

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
let folder: string;

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist/cli/main.mjs'))) throw new Error('dist/cli/main.mjs is missing: build first with `node scripts/build.mjs`.');
});
beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-verify-cli-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const cli = (args: string[]): Promise<CliOutcome> => runCli(args, folder);

describe('research-notes verify', () => {
  it('exits 0 on a fresh library and 1 naming the original after one byte of it changed', async () => {
    const library = await openLibrary(folder);
    const summary = await library.addImportedArticle({
      ...importedDocumentForTests('Summit', ['The summit ended.']),
      original: { bytes: Buffer.from('<p>The summit ended.</p>'), fileName: 'page.html', mediaType: 'text/html' },
    });
    const originalPath = (await library.getArticle({ id: summary.id })).article.originalPath!;
    await library.close();

    expect(await cli(['verify', '--library', folder])).toEqual({ code: 0, stdout: 'verified 1 articles, 1 log entries\n', stderr: '' });

    const filePath = path.join(folder, originalPath);
    const bytes = await fs.readFile(filePath);
    bytes[3] = bytes[3] === 0x61 ? 0x62 : 0x61;
    await fs.writeFile(filePath, bytes);
    const failed = await cli(['verify', '--library', folder]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(new RegExp(`^${originalPath.replace(/[.]/g, '\\.')}: its bytes changed`));
    const json = await cli(['verify', '--library', folder, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ articles: 1, logEntries: 1, problems: [{ file: originalPath }] });
  });
});
