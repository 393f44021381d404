import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportFilesTestLibrary } from '../export-files/export-files-test-library.js';
import type { LibraryService } from '../library/library-service.js';
import { buildExportFile } from './build-export-file.js';

// The export of a saved claims filter, through a real library: the
// claims query picks the highlights, the export reads them whole with their articles.

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-saved-filter-'));
  library = await exportFilesTestLibrary(path.join(folder, 'library'));
  await library.saveFilter({ name: 'CSTO critics', filter: { tags: ['Actors'], claimant: 'Armen Khachatrian' } });
});

afterEach(async () => {
  await library.close();
  await rm(folder, { recursive: true, force: true });
});

describe('buildExportFile with a saved filter', () => {
  it('gathers the filter\'s highlights as a Markdown collection grouped by article', async () => {
    const file = await buildExportFile(library, { format: 'md', savedFilter: 'csto CRITICS ' });
    expect(file.fileName).toBe('Saved filter CSTO critics.md');
    const end = file.content.indexOf('\n---\n', 4);
    expect(parse(file.content.slice(4, end + 1))).toEqual({ title: 'Saved filter: CSTO critics', saved_filter: 'CSTO critics', highlights: 3 });
    const tokens = new MarkdownIt().parse(file.content.slice(end + 5), {});
    const headings = tokens.filter((token, index) => tokens[index - 1]?.type === 'heading_open').map((token) => token.content);
    expect(headings[0]).toBe('Saved filter: CSTO critics');
    expect(headings.slice(1)).toHaveLength(3);
    // Only the matching highlights: the first paragraph of each article, never the second.
    const quotes = tokens.filter((token, index) => token.type === 'inline' && tokens[index - 2]?.type === 'blockquote_open').map((token) => token.content);
    expect(quotes.sort()).toEqual(['A title Windows reserves.', 'Armen Khachatrian lambasted the CSTO for not providing any military aid.', 'The CSTO secretary answered that talks go on.']);
  });

  it('gives CSV and Web Annotations of the same highlights, with progress', async () => {
    const progress: number[] = [];
    const csv = await buildExportFile(library, { format: 'csv', savedFilter: 'CSTO critics', onProgress: ({ done }) => progress.push(done) });
    expect(csv.content.trim().split('\r\n')).toHaveLength(4);
    expect(progress).toEqual([0, 1, 2, 3]);
    const jsonld = JSON.parse((await buildExportFile(library, { format: 'jsonld', savedFilter: 'CSTO critics' })).content) as { total: number; label: string };
    expect(jsonld).toMatchObject({ total: 3, label: 'Research Notes: saved filter CSTO critics' });
  });

  it('names an unknown filter and the known ones; refuses a backup or a second filter', async () => {
    await expect(buildExportFile(library, { format: 'md', savedFilter: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'There is no saved filter named "nope"; the saved filters are "CSTO critics".' });
    await expect(buildExportFile(library, { format: 'json', savedFilter: 'CSTO critics' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(buildExportFile(library, { format: 'md', savedFilter: 'CSTO critics', tag: 'other' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('stops with CANCELLED when the signal fires', async () => {
    await expect(buildExportFile(library, { format: 'md', savedFilter: 'CSTO critics', signal: { aborted: true } })).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});

describe('buildExportFile with the claims view\'s filter', () => {
  it('exports the claims a filter shows, unsaved, named by the filter in words', async () => {
    const file = await buildExportFile(library, { format: 'md', claimsFilter: { tags: ['Actors'], claimant: 'Armen Khachatrian' } });
    expect(file.fileName).toBe('Claims claimant Armen Khachatrian, tag Actors.md');
    const end = file.content.indexOf('\n---\n', 4);
    expect(parse(file.content.slice(4, end + 1))).toEqual({ title: 'Claims: claimant Armen Khachatrian, tag Actors', claims_filter: 'claimant Armen Khachatrian, tag Actors', highlights: 3 });
    const csv = await buildExportFile(library, { format: 'csv', claimsFilter: { tags: ['Actors'], claimant: 'Armen Khachatrian' } });
    expect(csv.content.trim().split('\r\n')).toHaveLength(4);
    await expect(buildExportFile(library, { format: 'json', claimsFilter: {} })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
