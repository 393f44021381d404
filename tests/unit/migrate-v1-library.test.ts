import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../core/library/library-service.js';

// A library written by the first format (one index rewritten on every change, no journal).
const fixture = fileURLToPath(new URL('../fixtures/libraries/v1/', import.meta.url));
let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-migrate-'));
  await fs.cp(fixture, folder, { recursive: true });
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function readJson(file: string): Promise<any> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

describe('a version 1 library', () => {
  it('opens with every article and highlight, and is saved in the current format', async () => {
    const oldIndex = await readJson(path.join(fixture, 'library.json'));
    expect(oldIndex.schemaVersion).toBe(1);
    const library = await openLibrary(folder);
    const listed = await library.listArticles({});
    expect(listed.map((a) => a.id).sort()).toEqual(oldIndex.articles.map((a: { id: string }) => a.id).sort());
    for (const entry of oldIndex.articles) {
      const oldFile = await readJson(path.join(fixture, 'articles', `${entry.id}.json`));
      const { article, highlights } = await library.getArticle({ id: entry.id });
      expect(article.title).toBe(entry.title);
      expect(article.text).toBe(oldFile.article.text);
      expect(highlights.map((h) => h.id).sort()).toEqual(oldFile.highlights.map((h: { id: string }) => h.id).sort());
      expect(listed.find((a) => a.id === entry.id)?.highlightCount).toBe(entry.highlightCount);
    }
    expect(await library.listTags({})).toEqual([
      { name: 'CSTO', count: 2 },
      { name: 'Armenia', count: 1 },
      { name: 'Russia', count: 1 },
      { name: 'Trade', count: 1 },
    ]);
    expect((await library.getLibraryInfo({})).notices).toEqual([]);
    await library.close();
    const index = await readJson(path.join(folder, 'library.json'));
    expect(index).toMatchObject({ schemaVersion: 2, unsettled: [] });
    expect(index.articles).toHaveLength(oldIndex.articles.length);
    // The version 1 index is kept among the backups of the migrated one.
    const backups = await Promise.all([0, 1, 2].map((slot) => readJson(path.join(folder, 'backups', `library.json.${slot}`)).catch(() => null)));
    expect(backups.some((backup) => backup?.schemaVersion === 1)).toBe(true);
  });
});
