import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openLibrary } from '../core/library/library-service.js';
import { SEED_ARTICLE } from '../tests/support/fixtures.js';
import { runCli, type CliOutcome } from './cli-test-helpers.js';

// `research-notes export --format ...` and `research-notes restore` as a user runs them, on the built dist/.

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const SEED = SEED_ARTICLE;

type Outcome = CliOutcome;

let folder: string;
let library: string;

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist/cli/main.mjs'))) throw new Error('dist/cli/main.mjs is missing: build first with `node scripts/build.mjs node`.');
});

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-cli-export-'));
  library = path.join(folder, 'library');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const cli = (args: string[]): Promise<Outcome> => runCli(args, folder);

function expectOneLineError(outcome: Outcome, pattern: RegExp): void {
  expect(outcome.code).toBe(1);
  const lines = outcome.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^research-notes: /);
  expect(lines[0]).toMatch(pattern);
}

/** Imports the seed twice and marks one claim through the JSON output of `list`. */
async function twoArticles(): Promise<void> {
  // The same file twice: kept as two articles only when asked.
  const imported = await cli(['import', SEED, SEED, '--library', library, '--if-duplicate', 'keep-both']);
  expect(imported.code).toBe(0);
}

describe('research-notes export --format', () => {
  it('exports the whole library into a Markdown folder with an index, and again in place', async () => {
    await twoArticles();
    const vault = path.join(folder, 'vault') + path.sep;
    const first = await cli(['export', '--library', library, '--out', vault]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Exported 2 articles to .*vault \(3 files written, 0 unchanged\)\n$/);
    const names = (await readdir(vault)).filter((name) => name !== 'export-manifest.json').sort();
    expect(names).toHaveLength(3);
    expect(names).toContain('index.md');
    expect(JSON.parse(await readFile(path.join(vault, 'export-manifest.json'), 'utf8')).files.map((file: { path: string }) => file.path)).toEqual(names);
    for (const name of names) {
      const content = await readFile(path.join(vault, name), 'utf8');
      expect(parse(content.slice(4, content.indexOf('\n---\n', 4) + 1))).toBeTypeOf('object');
      expect(new MarkdownIt().parse(content, {}).length).toBeGreaterThan(0);
    }
    const second = await cli(['export', '--library', library, '--out', vault]);
    expect(second.stdout).toMatch(/\(0 files written, 2 unchanged\)/);
  });

  it('prints CSV and JSON-LD to stdout, and writes them to --out', async () => {
    await twoArticles();
    const csv = await cli(['export', '--format', 'csv', '--library', library]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\ufeffArticle,URL,')).toBe(true);
    const jsonld = await cli(['export', '--format', 'jsonld', '--library', library, '--out', path.join(folder, 'notes.jsonld')]);
    expect(jsonld.stdout).toBe(`Exported to ${path.join(folder, 'notes.jsonld')}\n`);
    const collection = JSON.parse(await readFile(path.join(folder, 'notes.jsonld'), 'utf8')) as { type: string; total: number };
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 0 });
  });

  it('refuses an unknown format and a filtered backup with one line', async () => {
    await twoArticles();
    expectOneLineError(await cli(['export', '--format', 'pdf', '--library', library]), /unknown format "pdf"/);
    expectOneLineError(await cli(['export', '--format', 'json', '--tag', 'x', '--library', library]), /cannot be filtered/);
  });
});

describe('research-notes restore', () => {
  it('restores a backup into a new library that lists the same articles, and refuses a non-empty one', async () => {
    await twoArticles();
    const backup = path.join(folder, 'backup.json');
    const written = await cli(['export', '--format', 'json', '--library', library, '--out', backup]);
    expect(written.stdout).toBe(`Backed up 2 articles to ${backup}\n`);
    const target = path.join(folder, 'restored');
    const restored = await cli(['restore', backup, '--library', target]);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toBe(`Restored 2 articles with 0 highlights into ${target}\n`);
    // Two imports of one file may share a millisecond, which leaves their order open: compare by id.
    const byId = (list: string): { id: string }[] => (JSON.parse(list) as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id));
    const before = byId((await cli(['list', '--library', library, '--json'])).stdout);
    const after = byId((await cli(['list', '--library', target, '--json'])).stdout);
    expect(after).toEqual(before);
    expectOneLineError(await cli(['restore', backup, '--library', library]), /is not empty \(2 articles\); restore into an empty library folder/);
    expectOneLineError(await cli(['restore', '--library', target]), /name one backup file/);
  });
});

describe('research-notes export --filter and --with-originals', () => {
  it('exports a saved filter\'s highlights as one Markdown note', async () => {
    await twoArticles();
    // The command line has no command to save a filter: the claims view does; here the service does.
    const service = await openLibrary(library);
    try {
      const [first] = await service.listArticles({});
      const { article } = await service.getArticle({ id: first!.id });
      const quote = 'lambasted the CSTO';
      const start = article.text.indexOf(quote);
      await service.createHighlight({
        articleId: article.id,
        target: { quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + quote.length } },
        claimant: 'Armen Khachatrian',
      });
      await service.saveFilter({ name: 'Khachatrian', filter: { claimant: 'Armen Khachatrian' } });
    } finally {
      await service.close();
    }
    const outcome = await cli(['export', '--format', 'md', '--filter', 'Khachatrian', '--library', library]);
    expect(outcome.stderr).toBe('');
    expect(parse(outcome.stdout.slice(4, outcome.stdout.indexOf('\n---\n', 4) + 1))).toEqual({ title: 'Saved filter: Khachatrian', saved_filter: 'Khachatrian', highlights: 1 });
    expect(new MarkdownIt().render(outcome.stdout)).toContain('<blockquote>\n<p>lambasted the CSTO</p>\n</blockquote>');
    expectOneLineError(await cli(['export', '--format', 'md', '--filter', 'Nobody', '--library', library]), /no saved filter named "Nobody"; the saved filters are "Khachatrian"/);
  });

  it('backs up with the originals and restores them byte for byte', async () => {
    await twoArticles();
    const backup = path.join(folder, 'backup.json');
    const written = await cli(['export', '--format', 'json', '--with-originals', '--library', library, '--out', backup]);
    expect(written.stderr).toBe('');
    expect(written.stdout).toBe(`Backed up 2 articles with 2 originals to ${backup}\n`);
    const parsed = JSON.parse(await readFile(backup, 'utf8')) as { articles: { original?: { base64: string } }[] };
    const seed = await readFile(SEED);
    expect(parsed.articles.map((entry) => Buffer.from(entry.original!.base64, 'base64').equals(seed))).toEqual([true, true]);
    const target = path.join(folder, 'restored');
    const restored = await cli(['restore', backup, '--library', target]);
    expect(restored.stdout).toBe(`Restored 2 articles with 0 highlights and 2 originals into ${target}\n`);
    const originals = await readdir(path.join(target, 'originals'));
    expect(originals).toHaveLength(2);
    for (const name of originals) expect((await readFile(path.join(target, 'originals', name))).equals(seed)).toBe(true);
    expectOneLineError(await cli(['export', '--format', 'csv', '--with-originals', '--library', library]), /--with-originals belongs to a JSON backup/);
  });
});
