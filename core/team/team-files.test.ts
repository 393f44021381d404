import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryService } from '../library/library-service.js';
import { withTemporaryLibraries } from '../library/library-test-helpers.js';
import { syncTeamLibrary, type TeamRemote } from './sync-team-library.js';
import { fileDocumentId } from './team-files.js';
import { useTeamServer } from './team-server-for-tests.js';

// Originals and archived pages travel to the team as CouchDB attachments (one document per file),
// on a real pouchdb-server: the other analyst gets the same bytes beside the same article, kept
// only when they hash to the SHA-256 the article records; a library may keep its files local.

const libraries = withTemporaryLibraries('rn-team-files-');
const team = useTeamServer();

const page = (words: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge delayed</title></head><body><article><h1>Bridge delayed</h1><p>${words}</p></article></body></html>`;
const FIRST = page('The minister said the bridge would open in May next year, after two years of work on the ramps.');
const SECOND = page('The minister said the bridge would open in June next year, after two years of work on the ramps.');

async function captured(library: LibraryService, html: string, capturedAt: string): Promise<string> {
  const activity = await (await library.captureDesk()).receive({ url: 'https://news.example.org/bridge', title: 'Bridge delayed', capturedAt, html, tool: 'Research Notes Clipper 0.1.0 (Chromium)' });
  expect(activity.state, activity.message).toBe('imported');
  return activity.articleId!;
}

async function keptText(library: LibraryService, relativePath: string | undefined): Promise<string> {
  expect(relativePath).toBeDefined();
  return fs.readFile(path.join(library.path, relativePath!), 'utf8');
}

/** Writes a document straight to the team database with the admin's account, as another tool (or a damaged server) could. */
async function putOnServer(remote: Required<TeamRemote>, id: string, body: object): Promise<void> {
  const response = await fetch(`${remote.url}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { Authorization: `Basic ${Buffer.from(`${remote.username}:${remote.password}`).toString('base64')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
}

async function serverIds(remote: Required<TeamRemote>): Promise<string[]> {
  const response = await fetch(`${remote.url}/_all_docs`, { headers: { Authorization: `Basic ${Buffer.from(`${remote.username}:${remote.password}`).toString('base64')}` } });
  return ((await response.json()) as { rows: Array<{ id: string }> }).rows.map((row) => row.id);
}

describe('originals and archived pages in a team library', () => {
  it('reach the other analyst as the same bytes beside the same article, an earlier capture’s page too, and are sent once', async () => {
    const a = await libraries.open(path.join(libraries.folder, 'a'));
    const b = await libraries.open(path.join(libraries.folder, 'b'));
    const remote = await team.teamDatabase();
    const id = await captured(a, FIRST, '2026-12-01T09:00:00.000Z');
    expect(await captured(a, SECOND, '2026-12-02T09:00:00.000Z')).toBe(id);

    expect(await syncTeamLibrary(a, remote, 'Ani')).toMatchObject({ filesSent: 2, filesKept: 0 });
    const onA = (await a.getArticle({ id })).article;
    expect(await serverIds(remote)).toEqual(expect.arrayContaining([fileDocumentId(id, onA.originalSha256!), fileDocumentId(id, onA.previousVersions![0]!.originalSha256!)]));

    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ filesSent: 0, filesKept: 2, skipped: [] });
    const onB = (await b.getArticle({ id })).article;
    expect(await keptText(b, onB.originalPath)).toBe(SECOND);
    expect(await keptText(b, onB.previousVersions![0]!.originalPath)).toBe(FIRST);
    expect(onB.originalSha256).toBe(createHash('sha256').update(SECOND).digest('hex'));
    // Boris's library verifies as his own would: the files are the ones the article records.
    expect(await b.verifyArticle({ id })).toMatchObject({ articles: 1, problems: [] });

    // Nothing goes again either way.
    expect(await syncTeamLibrary(a, remote, 'Ani')).toMatchObject({ filesSent: 0, filesKept: 0 });
    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ filesSent: 0, filesKept: 0 });
  }, 60_000);

  it('stay on this computer when the library keeps them local; bytes that do not match the recorded SHA-256 are refused', async () => {
    const a = await libraries.open(path.join(libraries.folder, 'a'));
    const b = await libraries.open(path.join(libraries.folder, 'b'));
    const remote = await team.teamDatabase();
    await a.updateSettings({ shareFilesWithTeam: false });
    const id = await captured(a, FIRST, '2026-12-01T09:00:00.000Z');
    expect(await syncTeamLibrary(a, remote, 'Ani')).toMatchObject({ filesSent: 0 });
    expect((await serverIds(remote)).filter((docId) => docId.startsWith('file:'))).toEqual([]);

    // A file document whose bytes are not the page the article records.
    const sha256 = (await a.getArticle({ id })).article.originalSha256!;
    const forged = fileDocumentId(id, sha256);
    await putOnServer(remote, forged, { type: 'file', articleId: id, sha256, _attachments: { content: { content_type: 'text/html', data: Buffer.from('<p>Something else</p>').toString('base64') } } });

    const report = await syncTeamLibrary(b, remote, 'Boris');
    expect(report.filesKept).toBe(0);
    expect(report.skipped).toEqual([{ id: forged, why: expect.stringContaining(`not the ${sha256} the article records`) }]);
    const onB = (await b.getArticle({ id })).article;
    expect(onB.originalSha256).toBe(sha256);
    expect(onB.originalPath).toBeUndefined();
    expect(await fs.readdir(path.join(b.path, 'originals')).catch(() => [])).toEqual([]);
  }, 60_000);

  it('are removed from the team with their article', async () => {
    const a = await libraries.open(path.join(libraries.folder, 'a'));
    const b = await libraries.open(path.join(libraries.folder, 'b'));
    const remote = await team.teamDatabase();
    const id = await captured(a, FIRST, '2026-12-01T09:00:00.000Z');
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    const kept = (await b.getArticle({ id })).article.originalPath!;
    await b.deleteArticle({ id });
    await syncTeamLibrary(b, remote, 'Boris');
    expect((await serverIds(remote)).filter((docId) => docId.startsWith('file:'))).toEqual([]);
    await syncTeamLibrary(a, remote, 'Ani');
    expect(await a.listArticles({})).toEqual([]);
    await expect(fs.access(path.join(b.path, kept))).rejects.toThrow();
  }, 60_000);
});
