import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedDocumentForTests } from '../library/imported-document-for-tests.js';
import { targetOf, withTemporaryLibraries } from '../library/library-test-helpers.js';
import { syncTeamLibrary } from './sync-team-library.js';
import { addTeamMember } from './team-database-setup.js';
import { freePort } from '../../tests/support/free-port.js';
import { useTeamServer } from './team-server-for-tests.js';
import type { TeamPasswordKeeper } from './team-password-keeper.js';

// The team calls of the API contract, as the app makes them, against a real pouchdb-server:
// joining checks the account first and keeps nothing when it is refused; the background sync
// brings the team's changes in; a conflict is listed with every version and resolved by choice;
// the web shell's password lives only in memory; leaving keeps every article.

const libraries = withTemporaryLibraries('rn-team-api-');
const team = useTeamServer();
const TEXT = ['Armen Khachatrian said the CSTO gave Armenia no military aid.', 'The secretariat did not answer questions about the accusation.'];

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the team calls of the API', () => {
  it('lists a highlight another analyst deleted, as it was, and a restore gives it back to the whole team', async () => {
    const a = await libraries.open(path.join(libraries.folder, 'restore-a'));
    const b = await libraries.open(path.join(libraries.folder, 'restore-b'));
    const remote = await team.teamDatabase();
    const article = await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    const text = (await a.getArticle({ id: article.id })).article;
    const kept = await a.createHighlight({ articleId: article.id, target: targetOf(text, 'no military aid') });
    const doomed = await a.createHighlight({ articleId: article.id, target: targetOf(text, 'did not answer questions') });
    await a.updateHighlight({ articleId: article.id, id: doomed.id, patch: { claimant: 'the secretariat', tags: ['CSTO'] } });
    await a.joinTeam({ url: remote.url, username: remote.username, password: remote.password });
    expect(await a.listDeletedTeamHighlights({ articleId: article.id })).toEqual([]);

    await syncTeamLibrary(b, remote, 'Boris');
    await b.deleteHighlight({ articleId: article.id, id: doomed.id });
    await syncTeamLibrary(b, remote, 'Boris');
    await a.syncTeamNow({});
    expect((await a.getArticle({ id: article.id })).highlights.map((highlight) => highlight.id)).toEqual([kept.id]);

    const deleted = await a.listDeletedTeamHighlights({ articleId: article.id });
    expect(deleted).toEqual([{ highlight: expect.objectContaining({ id: doomed.id, claimant: 'the secretariat', tags: ['CSTO'] }), createdBy: 'admin', deletedBy: 'Boris (admin)', deletedAt: expect.any(String) }]);
    await a.restoreHighlight({ highlight: deleted[0]!.highlight });
    expect(await a.listDeletedTeamHighlights({ articleId: article.id })).toEqual([]);
    await a.syncTeamNow({});
    await syncTeamLibrary(b, remote, 'Boris');
    expect((await b.getArticle({ id: article.id })).highlights.find((highlight) => highlight.id === doomed.id)).toMatchObject({ claimant: 'the secretariat', tags: ['CSTO'] });
    // Deleted and restored by Boris this time: who made it stays who made it, the restore is its last change.
    await b.deleteHighlight({ articleId: article.id, id: doomed.id });
    await syncTeamLibrary(b, remote, 'Boris');
    await b.restoreHighlight({ highlight: deleted[0]!.highlight });
    await syncTeamLibrary(b, remote, 'Boris');
    await a.syncTeamNow({});
    expect((await a.teamAuthorship({ articleId: article.id }))[doomed.id]).toMatchObject({ createdBy: 'admin', changedBy: 'Boris (admin)' });
  }, 60_000);

  it('tells a reader’s account from an editor’s, and a reader’s change refused by the server stays here', async () => {
    const remote = await team.teamDatabase();
    const suffix = Math.random().toString(36).slice(2, 8);
    const setup = { serverUrl: team.server.url, ...team.admin };
    await addTeamMember(setup, { name: `rita-${suffix}`, password: 'rita-secret', role: 'reader' });
    await addTeamMember(setup, { name: `ani-${suffix}`, password: 'ani-secret', role: 'editor' });
    const editor = await libraries.open(path.join(libraries.folder, `editor-${suffix}`));
    const article = await editor.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    expect(await editor.joinTeam({ url: remote.url, username: `ani-${suffix}`, password: 'ani-secret' })).toMatchObject({ readOnly: false, lastSync: { sent: 2, refused: 0 } });

    const reader = await libraries.open(path.join(libraries.folder, `reader-${suffix}`));
    expect(await reader.joinTeam({ url: remote.url, username: `rita-${suffix}`, password: 'rita-secret' })).toMatchObject({ readOnly: true, lastSync: { applied: 1, refused: 0 } });
    await reader.createHighlight({ articleId: article.id, target: targetOf((await reader.getArticle({ id: article.id })).article, 'no military aid') });
    const refused = await until(() => reader.getTeamStatus({}), (status) => status.joined && (status.lastSync?.refused ?? 0) > 0, 'the refused change');
    expect(refused).toMatchObject({ readOnly: true, error: null, lastSync: { sent: 0, refused: 1 } });
    expect((await reader.getArticle({ id: article.id })).highlights).toHaveLength(1);
  }, 60_000);

  it('joins only with an account the server takes, and keeps nothing otherwise', async () => {
    const a = await libraries.open(path.join(libraries.folder, 'a'));
    const remote = await team.teamDatabase();
    expect(await a.getTeamStatus({})).toEqual({ joined: false });
    await expect(a.joinTeam({ url: remote.url, username: remote.username, password: 'wrong' })).rejects.toMatchObject({ code: 'TEAM_REFUSED' });
    await expect(a.joinTeam({ url: `http://127.0.0.1:${await freePort()}/team`, username: 'ani', password: 'x' })).rejects.toMatchObject({ code: 'TEAM_UNREACHABLE' });
    await expect(a.joinTeam({ url: `${team.server.url}/no-such-team`, username: remote.username, password: remote.password })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await a.getTeamStatus({})).toEqual({ joined: false });
    await expect(a.syncTeamNow({})).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  }, 60_000);

  it('syncs in the background once joined, lists a conflict with both versions, and resolves it by the version chosen', async () => {
    const aFolder = path.join(libraries.folder, 'a');
    const a = await libraries.open(aFolder, { teamSyncIntervalMs: 200 });
    const b = await libraries.open(path.join(libraries.folder, 'b'));
    const remote = await team.teamDatabase();
    const article = await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    const highlight = await a.createHighlight({ articleId: article.id, target: targetOf((await a.getArticle({ id: article.id })).article, 'no military aid') });

    const joined = await a.joinTeam({ url: `${remote.url}/`, username: remote.username, password: remote.password });
    expect(joined).toMatchObject({ joined: true, url: remote.url, signedIn: true, passwordKept: 'session', readOnly: false, error: null, conflicts: [], lastSync: { sent: 3 } });
    expect(await a.teamAuthorship({ articleId: article.id })).toEqual({ [highlight.id]: expect.objectContaining({ createdBy: 'admin', changedBy: 'admin' }) });

    // Boris (through the command line's sync) edits the highlight; Ani's background sync brings it in.
    await syncTeamLibrary(b, remote, 'Boris');
    await b.updateHighlight({ articleId: article.id, id: highlight.id, patch: { claimant: 'Armen Khachatrian' } });
    await syncTeamLibrary(b, remote, 'Boris');
    await until(() => a.getArticle({ id: article.id }), (read) => read.highlights[0]?.claimant === 'Armen Khachatrian', 'the background sync');
    expect((await a.teamAuthorship({ articleId: article.id }))[highlight.id]).toMatchObject({ createdBy: 'admin', changedBy: 'Boris (admin)' });

    // Both grade it apart: a conflict, listed with both versions, until Ani chooses Boris's.
    await b.updateHighlight({ articleId: article.id, id: highlight.id, patch: { grading: { reliability: 'C', credibility: '3' } } });
    await a.updateHighlight({ articleId: article.id, id: highlight.id, patch: { grading: { reliability: 'B', credibility: '2' } } });
    await syncTeamLibrary(b, remote, 'Boris');
    const status = await until(() => a.syncTeamNow({}), (value) => value.joined && value.conflicts.length === 1, 'the conflict');
    if (!status.joined) throw new Error('left');
    const [conflict] = status.conflicts;
    expect(conflict).toMatchObject({ articleId: article.id, highlightId: highlight.id, label: 'highlight "no military aid"' });
    expect(conflict!.versions.map((version) => version.highlight?.grading)).toEqual(
      expect.arrayContaining([
        { reliability: 'B', credibility: '2' },
        { reliability: 'C', credibility: '3' },
      ]),
    );
    const boris = conflict!.versions.find((version) => version.highlight?.grading?.reliability === 'C')!;
    expect(boris.changedBy).toBe('Boris (admin)');
    expect(await a.resolveTeamConflict({ documentId: conflict!.documentId, rev: boris.rev })).toMatchObject({ conflicts: [] });
    expect((await a.getArticle({ id: article.id })).highlights[0]!.grading).toEqual({ reliability: 'C', credibility: '3' });
    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ conflicts: [] });
  }, 60_000);

  it('sends an edit soon after it is made, and another analyst’s app gets it from the server’s live feed, with no sync asked for', async () => {
    const a = await libraries.open(path.join(libraries.folder, 'a'));
    const b = await libraries.open(path.join(libraries.folder, 'b'));
    const remote = await team.teamDatabase();
    const article = await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    await a.joinTeam({ url: remote.url, username: remote.username, password: remote.password });
    await b.joinTeam({ url: remote.url, username: remote.username, password: remote.password });
    expect((await b.listArticles({})).map((entry) => entry.id)).toEqual([article.id]);

    // The background interval is a minute: only the edit's own trigger and B's live feed can bring it within seconds.
    const started = Date.now();
    const highlight = await a.createHighlight({ articleId: article.id, target: targetOf((await a.getArticle({ id: article.id })).article, 'no military aid') });
    await until(() => b.getArticle({ id: article.id }), (read) => read.highlights.some((entry) => entry.id === highlight.id), 'the highlight on B');
    expect(Date.now() - started).toBeLessThan(15_000);
    await b.updateHighlight({ articleId: article.id, id: highlight.id, patch: { note: 'seen by Boris' } });
    await until(() => a.getArticle({ id: article.id }), (read) => read.highlights[0]?.note === 'seen by Boris', 'the note on A');
  }, 60_000);

  it('asks for the password again after a restart in the web shell, and keeps it through a keychain keeper', async () => {
    const folder = path.join(libraries.folder, 'a');
    let a = await libraries.open(folder);
    const remote = await team.teamDatabase();
    await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    await a.joinTeam({ url: remote.url, username: remote.username, password: remote.password });
    a = await libraries.reopen(a);
    expect(await a.getTeamStatus({})).toMatchObject({ joined: true, signedIn: false, url: remote.url });
    await expect(a.syncTeamNow({})).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('Sign in') });
    await expect(a.signInToTeam({ password: 'wrong' })).rejects.toMatchObject({ code: 'TEAM_REFUSED' });
    expect(await a.signInToTeam({ password: remote.password })).toMatchObject({ signedIn: true, error: null });

    const kept = new Map<string, string>();
    const keychain: TeamPasswordKeeper = {
      kind: 'keychain',
      load: async (account) => kept.get(`${account.url} ${account.username}`) ?? null,
      save: async (account, password) => void kept.set(`${account.url} ${account.username}`, password),
      forget: async (account) => void kept.delete(`${account.url} ${account.username}`),
    };
    await a.close();
    const withKeychain = await libraries.open(folder, { teamPasswords: keychain });
    await withKeychain.signInToTeam({ password: remote.password });
    await withKeychain.close();
    const restarted = await libraries.open(folder, { teamPasswords: keychain });
    expect(await restarted.getTeamStatus({})).toMatchObject({ signedIn: true, passwordKept: 'keychain' });

    // Leaving forgets the password and the team, and keeps every article.
    expect(await restarted.leaveTeam({})).toEqual({ joined: false });
    expect(kept.size).toBe(0);
    expect(await restarted.listArticles({})).toHaveLength(1);
  }, 60_000);
});
