import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LibraryService } from '../library/library-service.js';
import { KEPT_NOTES_MARKER } from '../export/kept-notes-marker.js';
import { exportFilesTestLibrary } from './export-files-test-library.js';
import { exportMarkdownFolder } from './export-markdown-folder.js';

const markdown = new MarkdownIt();
let folder: string;
let library: LibraryService;
let out: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-export-folder-'));
  library = await exportFilesTestLibrary(path.join(folder, 'library'));
  out = path.join(folder, 'vault');
});

afterEach(async () => {
  await library.close();
  await rm(folder, { recursive: true, force: true });
});

function frontMatterOf(content: string): Record<string, unknown> {
  expect(content.startsWith('---\n')).toBe(true);
  return parse(content.slice(4, content.indexOf('\n---\n', 4) + 1)) as Record<string, unknown>;
}

describe('exportMarkdownFolder', () => {
  it('lists every file it holds in export-manifest.json with its SHA-256', async () => {
    await exportMarkdownFolder(library, out);
    const manifest = JSON.parse(await readFile(path.join(out, 'export-manifest.json'), 'utf8'));
    const files = (await readdir(out)).filter((name) => name !== 'export-manifest.json').sort();
    expect(manifest.files.map((file: { path: string }) => file.path)).toEqual(files);
    expect(manifest.tool).toMatch(/^Research Notes /);
    for (const file of manifest.files) {
      expect(createHash('sha256').update(await readFile(path.join(out, file.path))).digest('hex')).toBe(file.sha256);
    }
    expect(manifest.files.filter((file: { articleId?: string }) => file.articleId !== undefined)).toHaveLength(3);
  });

  it('writes one parseable note per article with safe, unique names, and an index linking them', async () => {
    const progress: number[] = [];
    const result = await exportMarkdownFolder(library, out, { onProgress: ({ done }) => progress.push(done) });
    expect(result).toMatchObject({ articles: 3, written: 4, unchanged: 0 });
    expect(progress).toEqual([0, 1, 2, 3]);
    const names = (await readdir(out)).filter((name) => name !== 'export-manifest.json').sort();
    expect(names).toHaveLength(4);
    expect(names).toContain('index.md');
    expect(names).toContain('CON article.md');
    expect(names).toContain('Summit in Prague.md');
    expect(names.find((name) => /^Summit in Prague \([0-9a-z]{8}\)\.md$/.test(name))).toBeDefined();
    const articles = await library.listArticles({});
    for (const name of names.filter((candidate) => candidate !== 'index.md')) {
      const content = await readFile(path.join(out, name), 'utf8');
      const frontMatter = frontMatterOf(content);
      const article = articles.find((candidate) => candidate.id === frontMatter['research_notes_id'])!;
      expect(frontMatter['title']).toBe(article.title);
      const tokens = markdown.parse(content.slice(content.indexOf('\n---\n', 4) + 5), {});
      expect(tokens.filter((token) => token.type === 'blockquote_open')).toHaveLength(2);
      expect(tokens.filter((token) => token.type === 'heading_open')).toHaveLength(1);
      expect(tokens.some((token) => ['hr', 'fence', 'code_block', 'html_block', 'table_open'].includes(token.type))).toBe(false);
      expect(content).toContain(`\n${KEPT_NOTES_MARKER}\n`);
    }
    const index = await readFile(path.join(out, 'index.md'), 'utf8');
    const links = [...index.matchAll(/\[\[([^\]]+)\]\]/g)].map((match) => `${match[1]}.md`);
    expect(links.sort()).toEqual(names.filter((name) => name !== 'index.md'));
    expect(frontMatterOf(index)['articles']).toBe(3);
  });

  it('keeps what the user wrote below the marker, rewrites only what changed, and follows a renamed title', async () => {
    await exportMarkdownFolder(library, out);
    const notePath = path.join(out, 'CON article.md');
    const before = await readFile(notePath, 'utf8');
    await writeFile(notePath, `${before}My analysis of this.\n\n- point one\n`);
    await writeFile(path.join(out, 'My own note.md'), 'not ours');
    const again = await exportMarkdownFolder(library, out);
    expect(again).toMatchObject({ written: 0, unchanged: 3 });

    const con = (await library.listArticles({})).find((article) => article.title === 'CON')!;
    const { highlights } = await library.getArticle({ id: con.id });
    await library.updateHighlight({ articleId: con.id, id: highlights[0]!.id, patch: { note: 'Changed note' } });
    const third = await exportMarkdownFolder(library, out);
    expect(third).toMatchObject({ written: 1, unchanged: 2 });
    const after = await readFile(notePath, 'utf8');
    expect(after).toContain('**Note:** Changed note');
    expect(after.endsWith(`${KEPT_NOTES_MARKER}\nMy analysis of this.\n\n- point one\n`)).toBe(true);
    expect(await readFile(path.join(out, 'My own note.md'), 'utf8')).toBe('not ours');
  });

  it('never overwrites a file it did not write, and keeps only filtered highlights', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'CON article.md'), 'my own file');
    const result = await exportMarkdownFolder(library, out, { tag: 'Actors' });
    expect(result.articles).toBe(3);
    expect(await readFile(path.join(out, 'CON article.md'), 'utf8')).toBe('my own file');
    const names = await readdir(out);
    const con = names.find((name) => /^CON article \(.{8}\)\.md$/.test(name))!;
    const content = await readFile(path.join(out, con), 'utf8');
    expect(content).toContain('#Actors/CSTO');
    expect(content).not.toContain('#other');
  });

  it('stops when cancelled, leaving whole files and no index', async () => {
    const controller = new AbortController();
    await expect(
      exportMarkdownFolder(library, out, { signal: controller.signal, onProgress: ({ done }) => done === 1 && controller.abort() }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    const names = await readdir(out);
    expect(names).not.toContain('index.md');
    expect(names.some((name) => name.endsWith('.tmp'))).toBe(false);
  });
});
