import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleFile } from '../store/article-file-schema.js';
import { articleFileForTests, highlightForTests } from './article-file-for-tests.js';
import { SEARCH_INDEX_FILE_NAME, SearchIndex } from './search-index.js';

let folder: string;
let files: Map<string, ArticleFile>;
let notices: string[];

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-search-'));
  files = new Map();
  notices = [];
  const lambs = articleFileForTests('a1', 'Silence of the lambs', 'The lámbs were quiet. Khačatrian said the CSTO failed Armenia.', '2023-05-04T10:00:00Z');
  highlightForTests(lambs, 'h1', 'Khačatrian said the CSTO failed Armenia', {
    claimant: 'Armen Khačatrian',
    tags: ['Actors/CSTO'],
    note: 'a <b>bold</b> accusation',
    claim: { claimantRole: 'MP', about: 'CSTO', kind: 'accusation', madeOn: null, quoteKind: 'direct' },
    grading: { reliability: 'B', credibility: '2' },
  });
  const other = articleFileForTests('a2', 'Weather report', 'Rain over Yerevan. The ministry denied everything.', null);
  highlightForTests(other, 'h2', 'The ministry denied everything', {
    claimant: 'Ministry',
    tags: ['Actors'],
    claim: { claimantRole: '', about: 'Azerbaijan', kind: 'Denial', madeOn: '2024-02-01', quoteKind: 'paraphrase' },
    grading: { reliability: 'C', credibility: '3' },
  });
  files.set('a1', lambs);
  files.set('a2', other);
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

function open(libraryId = 'library-1'): Promise<SearchIndex> {
  return SearchIndex.open({
    folder,
    libraryId,
    source: { articleIds: () => [...files.keys()], readArticle: async (id) => structuredClone(files.get(id) ?? null) },
    report: (notice) => notices.push(notice),
  });
}

describe('SearchIndex', () => {
  it('builds itself from the articles, then finds words by prefix with diacritics folded, with plain-text snippets', async () => {
    const index = await open();
    await index.whenRebuilt();
    expect(index.isFast).toBe(true);
    const hits = await index.search('lamb', 10);
    expect(hits.map((hit) => hit.articleId)).toEqual(['a1']);
    expect(hits[0]!.kind).toBe('article');
    expect(hits[0]!.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase())).toEqual(expect.arrayContaining(['lambs']));

    const khach = await index.search('khacatrian', 10);
    expect(khach.map((hit) => [hit.kind, hit.highlightId])).toEqual(expect.arrayContaining([['article', null], ['highlight', 'h1']]));
    // The note's markup is text: it comes back as text, never as a match marker or HTML.
    const bold = await index.search('accusation bold', 10);
    expect(bold[0]!.highlightId).toBe('h1');
    expect(bold[0]!.snippet.map((part) => part.text).join('')).toContain('<b>bold</b>');
    await index.close();
  });

  it('never passes user syntax to FTS5', async () => {
    const index = await open();
    await index.whenRebuilt();
    for (const query of ['"', 'NEAR(', 'title:lambs', '*', 'a OR', ')(', '^lambs']) {
      await expect(index.search(query, 10)).resolves.toBeInstanceOf(Array);
    }
    expect((await index.search('lambs: "quiet', 10)).map((hit) => hit.articleId)).toEqual(['a1']);
    await index.close();
  });

  it('answers the claims view with hierarchical tags, folded text, grading and claim dates', async () => {
    const index = await open();
    await index.whenRebuilt();
    const ids = async (filter: Parameters<SearchIndex['queryHighlights']>[0]): Promise<string[]> =>
      (await index.queryHighlights(filter, 100, 0)).highlights.map((highlight) => highlight.id);
    expect(await ids({})).toEqual(['h2', 'h1']);
    expect(await ids({ tags: ['actors'] })).toEqual(['h2', 'h1']);
    expect(await ids({ tags: ['Actors/csto'] })).toEqual(['h1']);
    expect(await ids({ tags: ['Act'] })).toEqual([]);
    expect(await ids({ claimant: 'khacatrian' })).toEqual(['h1']);
    expect(await ids({ kind: 'denial' })).toEqual(['h2']);
    expect(await ids({ about: 'azer' })).toEqual(['h2']);
    expect(await ids({ minGrading: { reliability: 'B', credibility: '2' } })).toEqual(['h1']);
    expect(await ids({ minGrading: { reliability: 'C', credibility: '3' } })).toEqual(['h2', 'h1']);
    // h1 has no date of its own: its article's (2023-05-04) counts.
    expect(await ids({ from: '2023-05-04', to: '2023-05-04' })).toEqual(['h1']);
    expect(await ids({ from: '2024-01-01' })).toEqual(['h2']);
    expect(await index.queryHighlights({}, 1, 1)).toMatchObject({ total: 2, highlights: [{ id: 'h1' }] });
    await index.close();
  });

  it('follows changes incrementally and is trusted as it is after a clean close', async () => {
    let index = await open();
    await index.whenRebuilt();
    const added = articleFileForTests('a3', 'Pasture news', 'Goats and sheep graze together.');
    files.set('a3', added);
    index.articlePut(added);
    highlightForTests(added, 'h3', 'Goats', { note: 'goatherd' });
    index.highlightsChanged(added);
    files.delete('a2');
    index.articleRemoved('a2');
    index.articleInfoChanged('a1', 'Renamed quietly', null);
    expect((await index.search('goatherd', 10)).map((hit) => hit.highlightId)).toEqual(['h3']);
    expect(await index.search('ministry', 10)).toEqual([]);
    expect((await index.search('renamed', 10)).map((hit) => hit.title)).toEqual(['Renamed quietly']);
    await index.close();

    notices = [];
    // Would the index be rebuilt, this file (changed behind its back) would show.
    files.set('a3', articleFileForTests('a3', 'Pasture news', 'Cows only.'));
    index = await open();
    await index.whenRebuilt();
    expect(index.rebuildReason).toBeNull();
    expect((await index.search('goats', 10)).map((hit) => hit.kind)).toEqual(expect.arrayContaining(['article', 'highlight']));
    await index.close();
  });

  it('rebuilds after a crash, for another library, and when the file is damaged', async () => {
    const crashed = await open();
    await crashed.whenRebuilt();
    // No close(): as after a crash, the dirty marker stays set.
    files.set('a3', articleFileForTests('a3', 'Late news', 'Written by an app that crashed.'));
    let index = await open();
    await index.whenRebuilt();
    expect(index.rebuildReason).toMatch(/not closed cleanly/);
    expect((await index.search('crashed', 10)).map((hit) => hit.articleId)).toEqual(['a3']);
    await index.close();

    notices = [];
    index = await open('library-2');
    await index.whenRebuilt();
    expect(index.rebuildReason).toMatch(/another library/);
    await index.close();

    await fs.writeFile(path.join(folder, SEARCH_INDEX_FILE_NAME), 'not a database at all, just some text');
    await fs.rm(path.join(folder, `${SEARCH_INDEX_FILE_NAME}-wal`), { force: true });
    notices = [];
    index = await open('library-2');
    await index.whenRebuilt();
    expect(notices.join('\n')).toMatch(/damaged/);
    expect((await index.search('lambs', 10)).map((hit) => hit.articleId)).toEqual(['a1']);
    await index.close();
  });
});
