import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeamServer } from '../../cli/team/start-team-server.js';
import { importedDocumentForTests } from '../library/imported-document-for-tests.js';
import type { LibraryService } from '../library/library-service.js';
import { targetOf, withTemporaryLibraries } from '../library/library-test-helpers.js';
import { resolveTeamConflict } from './resolve-team-conflict.js';
import { syncTeamLibrary, type TeamLibrary } from './sync-team-library.js';
import { addTeamMember } from './team-database-setup.js';
import { freePort } from '../../tests/support/free-port.js';
import { useTeamServer } from './team-server-for-tests.js';

// Two analysts' libraries share one team database on a real pouchdb-server (CouchDB's protocol)
// started here on 127.0.0.1: what one imports and highlights the other gets; edits made apart to
// different highlights both arrive; edits made apart to the same highlight are a conflict shown
// on both sides with every version kept; deletions replicate; a server that is down loses nothing.

const libraries = withTemporaryLibraries('rn-team-');
const team = useTeamServer();
let server: TeamServer;
let admin: { username: string; password: string };
const teamDatabase = () => team.teamDatabase();

beforeAll(() => {
  server = team.server;
  admin = team.admin;
});

async function twoLibraries(): Promise<[LibraryService, LibraryService]> {
  const a = await libraries.open(path.join(libraries.folder, 'a'));
  const b = await libraries.open(path.join(libraries.folder, 'b'));
  return [a, b];
}

async function highlightsOf(library: LibraryService, articleId: string) {
  return (await library.getArticle({ id: articleId })).highlights;
}

const TEXT = ['Armen Khachatrian said the CSTO gave Armenia no military aid.', 'The secretariat did not answer questions about the accusation.'];

/** Two libraries on a fresh team database, both holding one article with one highlight ("no military aid"). */
async function oneSharedHighlight() {
  const [a, b] = await twoLibraries();
  const remote = await teamDatabase();
  const article = await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
  const highlight = await a.createHighlight({ articleId: article.id, target: targetOf((await a.getArticle({ id: article.id })).article, 'no military aid') });
  await syncTeamLibrary(a, remote, 'Ani');
  await syncTeamLibrary(b, remote, 'Boris');
  return { a, b, remote, article, highlight };
}

describe('a team library on CouchDB replication', () => {
  it('creates its admin on the first start only, and refuses a wrong password', async () => {
    expect(admin.password.length).toBeGreaterThanOrEqual(20);
    const refused = await fetch(`${server.url}/not-allowed`, { method: 'PUT', headers: { Authorization: `Basic ${Buffer.from('admin:wrong').toString('base64')}` } });
    expect(refused.status).toBe(401);
    const [a] = await twoLibraries();
    const remote = await teamDatabase();
    await expect(syncTeamLibrary(a, { ...remote, password: 'wrong' }, 'Ani')).rejects.toMatchObject({ code: 'TEAM_REFUSED' });
  });

  it('shares imports and highlights, both analysts’ edits to different highlights, and deletions', async () => {
    const [a, b] = await twoLibraries();
    const remote = await teamDatabase();
    const article = await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    const stored = (await a.getArticle({ id: article.id })).article;
    const first = await a.createHighlight({ articleId: article.id, target: targetOf(stored, 'the CSTO gave Armenia no military aid') });
    const second = await a.createHighlight({ articleId: article.id, target: targetOf(stored, 'did not answer questions') });

    // Sent: the article, its two highlights and the team's vocabulary.
    expect(await syncTeamLibrary(a, remote, 'Ani')).toMatchObject({ recorded: 3, sent: 4, received: 0, applied: 0, conflicts: [] });
    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ recorded: 0, received: 4, applied: 3, conflicts: [], skipped: [] });
    expect((await b.getArticle({ id: article.id })).article.text).toBe(stored.text);
    expect(await highlightsOf(b, article.id)).toEqual(await highlightsOf(a, article.id));
    // A sync with nothing new changes nothing.
    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ recorded: 0, sent: 0, received: 0, applied: 0 });

    // Apart, each edits a different highlight; both edits end up on both sides.
    await a.updateHighlight({ articleId: article.id, id: first.id, patch: { claimant: 'Armen Khachatrian' } });
    await b.updateHighlight({ articleId: article.id, id: second.id, patch: { tags: ['CSTO', 'Armenia'] } });
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    await syncTeamLibrary(a, remote, 'Ani');
    for (const library of [a, b]) {
      const highlights = await highlightsOf(library, article.id);
      expect(highlights.find((highlight) => highlight.id === first.id)?.claimant).toBe('Armen Khachatrian');
      expect(highlights.find((highlight) => highlight.id === second.id)?.tags).toEqual(['CSTO', 'Armenia']);
    }

    // A deletion travels as a tombstone.
    await a.deleteHighlight({ articleId: article.id, id: second.id });
    await syncTeamLibrary(a, remote, 'Ani');
    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ applied: 1 });
    expect((await highlightsOf(b, article.id)).map((highlight) => highlight.id)).toEqual([first.id]);
    // And an article's deletion too.
    await b.deleteArticle({ id: article.id });
    await syncTeamLibrary(b, remote, 'Boris');
    await syncTeamLibrary(a, remote, 'Ani');
    expect(await a.listArticles({})).toEqual([]);
  }, 60_000);

  it('shows the same highlight graded apart as a conflict on both sides, every version kept', async () => {
    const { a, b, remote, article, highlight } = await oneSharedHighlight();

    await a.updateHighlight({ articleId: article.id, id: highlight.id, patch: { grading: { reliability: 'B', credibility: '2' } } });
    await b.updateHighlight({ articleId: article.id, id: highlight.id, patch: { grading: { reliability: 'C', credibility: '3' } } });
    await syncTeamLibrary(a, remote, 'Ani');
    const onB = await syncTeamLibrary(b, remote, 'Boris');
    const onA = await syncTeamLibrary(a, remote, 'Ani');
    for (const report of [onA, onB]) {
      expect(report.conflicts).toHaveLength(1);
      const [conflict] = report.conflicts;
      expect(conflict!.label).toBe('highlight "no military aid"');
      const grades = conflict!.versions.map((version) => (version.payload.type === 'highlight' ? version.payload.highlight.grading : null));
      expect(grades).toEqual(expect.arrayContaining([{ reliability: 'B', credibility: '2' }, { reliability: 'C', credibility: '3' }]));
      expect(conflict!.versions.map((version) => version.changedBy).sort()).toEqual(['Ani (admin)', 'Boris (admin)']);
      expect(conflict!.versions.filter((version) => version.shown)).toHaveLength(1);
    }
    // Until someone chooses, each library shows its own version, and the conflict says which that is.
    expect((await highlightsOf(a, article.id))[0]!.grading).toEqual({ reliability: 'B', credibility: '2' });
    expect((await highlightsOf(b, article.id))[0]!.grading).toEqual({ reliability: 'C', credibility: '3' });
    const shownOf = (report: typeof onA) => {
      const shown = report.conflicts[0]!.versions.find((version) => version.shown)!;
      return shown.payload.type === 'highlight' ? shown.payload.highlight.grading : null;
    };
    expect(shownOf(onA)).toEqual({ reliability: 'B', credibility: '2' });
    expect(shownOf(onB)).toEqual({ reliability: 'C', credibility: '3' });
    // Later syncs change nothing of that.
    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ recorded: 0, applied: 0 });
    expect(await syncTeamLibrary(a, remote, 'Ani')).toMatchObject({ recorded: 0, applied: 0 });
    expect((await highlightsOf(a, article.id))[0]!.grading).toEqual({ reliability: 'B', credibility: '2' });
  }, 60_000);

  it('keeps an edit made here while a sync ran: it meets the team’s change as a conflict, on both sides', async () => {
    const { a, b, remote, article, highlight } = await oneSharedHighlight();
    await b.updateHighlight({ articleId: article.id, id: highlight.id, patch: { note: 'Boris: the secretariat denies it' } });
    await syncTeamLibrary(b, remote, 'Boris');

    // Ani edits the same highlight after her sync recorded her library and before it puts the team's changes in.
    const editingDuringSync: TeamLibrary = {
      path: a.path,
      listArticles: (args) => a.listArticles(args),
      readArticleFiles: (ids) => a.readArticleFiles(ids),
      getSettings: (args) => a.getSettings(args),
      updateSettings: (args) => a.updateSettings(args),
      readKeptFile: (file) => a.readKeptFile(file),
      keepTeamFile: (...args) => a.keepTeamFile(...args),
      applyTeamChanges: async (changes) => {
        await a.updateHighlight({ articleId: article.id, id: highlight.id, patch: { claimant: 'Armen Khachatrian' } });
        return a.applyTeamChanges(changes);
      },
    };
    const onA = await syncTeamLibrary(editingDuringSync, remote, 'Ani');
    const mine = (await highlightsOf(a, article.id))[0]!;
    expect(mine).toMatchObject({ claimant: 'Armen Khachatrian', note: '' });
    expect(onA.conflicts).toHaveLength(1);
    const versionsOf = (conflicts: typeof onA.conflicts) =>
      conflicts[0]!.versions.map((version) => (version.payload.type === 'highlight' ? { claimant: version.payload.highlight.claimant, note: version.payload.highlight.note, shown: version.shown } : null));
    expect(versionsOf(onA.conflicts)).toEqual(
      expect.arrayContaining([
        { claimant: 'Armen Khachatrian', note: '', shown: true },
        { claimant: '', note: 'Boris: the secretariat denies it', shown: false },
      ]),
    );
    // Her edit was sent at once: Boris sees the same two versions.
    const onB = await syncTeamLibrary(b, remote, 'Boris');
    expect(versionsOf(onB.conflicts).map((version) => version && { claimant: version.claimant, note: version.note })).toEqual(
      expect.arrayContaining([
        { claimant: 'Armen Khachatrian', note: '' },
        { claimant: '', note: 'Boris: the secretariat denies it' },
      ]),
    );
    // A later sync does not put the winner over the version Ani holds, nor resolve anything by itself.
    const again = await syncTeamLibrary(a, remote, 'Ani');
    expect(again).toMatchObject({ recorded: 0, applied: 0 });
    expect((await highlightsOf(a, article.id))[0]).toEqual(mine);
    // Her next edit continues her version; the conflict stays until someone chooses.
    await a.updateHighlight({ articleId: article.id, id: highlight.id, patch: { tags: ['CSTO'] } });
    const continued = await syncTeamLibrary(a, remote, 'Ani');
    expect(continued.recorded).toBe(1);
    expect(versionsOf(continued.conflicts)).toHaveLength(2);
    expect(versionsOf(continued.conflicts).find((version) => version?.shown)).toMatchObject({ claimant: 'Armen Khachatrian' });
    expect((await highlightsOf(a, article.id))[0]).toMatchObject({ claimant: 'Armen Khachatrian', tags: ['CSTO'] });
  }, 60_000);

  it('resolves a conflict with the version chosen: the library takes it, and every side ends with that one alone', async () => {
    const { a, b, remote, article, highlight } = await oneSharedHighlight();
    await a.updateHighlight({ articleId: article.id, id: highlight.id, patch: { grading: { reliability: 'B', credibility: '2' } } });
    await b.updateHighlight({ articleId: article.id, id: highlight.id, patch: { grading: { reliability: 'C', credibility: '3' } } });
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    const { conflicts } = await syncTeamLibrary(a, remote, 'Ani');
    // Ani keeps her own version (the one her library shows); Boris's library must take it.
    const hers = conflicts[0]!.versions.find((version) => version.shown)!;
    const chosen = hers.payload.type === 'highlight' ? hers.payload.highlight.grading : null;
    expect(chosen).toEqual({ reliability: 'B', credibility: '2' });

    const resolution = await resolveTeamConflict(a, remote, 'Ani', conflicts[0]!.id, hers.rev);
    expect(resolution).toEqual({ sent: true, conflicts: [] });
    expect((await highlightsOf(a, article.id))[0]!.grading).toEqual(chosen);
    // Choosing again what is no longer in conflict is refused, naming why.
    await expect(resolveTeamConflict(a, remote, 'Ani', conflicts[0]!.id, hers.rev)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ conflicts: [], applied: 1 });
    expect((await highlightsOf(b, article.id))[0]!.grading).toEqual(chosen);
    expect(await syncTeamLibrary(a, remote, 'Ani')).toMatchObject({ recorded: 0, applied: 0, conflicts: [] });
  }, 60_000);

  it('merges two versions field by field: her grade, his claimant, as one version on every side', async () => {
    const { a, b, remote, article, highlight } = await oneSharedHighlight();
    await a.updateHighlight({ articleId: article.id, id: highlight.id, patch: { grading: { reliability: 'B', credibility: '2' }, claimant: 'Khachatrian' } });
    await b.updateHighlight({ articleId: article.id, id: highlight.id, patch: { grading: { reliability: 'C', credibility: '3' }, claimant: 'Armen Khachatrian, MP', tags: ['CSTO'] } });
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    const { conflicts } = await syncTeamLibrary(a, remote, 'Ani');
    const hers = conflicts[0]!.versions.find((version) => version.shown)!;

    // A merge cannot move the highlight, and must leave a valid one.
    await expect(resolveTeamConflict(a, remote, 'Ani', conflicts[0]!.id, hers.rev, { target: { quote: 'x' } } as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(resolveTeamConflict(a, remote, 'Ani', conflicts[0]!.id, hers.rev, { tags: 'CSTO' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await syncTeamLibrary(a, remote, 'Ani')).toMatchObject({ conflicts: [expect.anything()] });

    const resolution = await resolveTeamConflict(a, remote, 'Ani', conflicts[0]!.id, hers.rev, { claimant: 'Armen Khachatrian, MP', tags: ['CSTO'] });
    expect(resolution).toEqual({ sent: true, conflicts: [] });
    const merged = { grading: { reliability: 'B', credibility: '2' }, claimant: 'Armen Khachatrian, MP', tags: ['CSTO'] };
    expect((await highlightsOf(a, article.id))[0]).toMatchObject(merged);
    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ conflicts: [] });
    expect((await highlightsOf(b, article.id))[0]).toMatchObject(merged);
  }, 60_000);

  it('shares the colour legend and the claim kinds: a change on one side arrives, changes made apart are both kept', async () => {
    const [a, b] = await twoLibraries();
    const remote = await teamDatabase();
    await a.updateSettings({ claimKinds: ['accusation', 'denial'], colorLegend: [{ color: 'yellow', meaning: 'claim' }, { color: 'red', meaning: 'disputed' }] });
    await b.updateSettings({ claimKinds: ['forecast'] });
    await syncTeamLibrary(a, remote, 'Ani');
    // Boris's first sync folds his own kinds into the team's; the team's meaning of a colour wins.
    await syncTeamLibrary(b, remote, 'Boris');
    expect(await b.getSettings({})).toMatchObject({ claimKinds: ['accusation', 'denial', 'forecast'], colorLegend: expect.arrayContaining([{ color: 'red', meaning: 'disputed' }]) });
    await syncTeamLibrary(a, remote, 'Ani');
    expect((await a.getSettings({})).claimKinds).toEqual(['accusation', 'denial', 'forecast']);

    // One removes a kind: the others follow. Then both add one apart: both arrive, on both sides.
    await a.updateSettings({ claimKinds: ['accusation', 'forecast'] });
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    expect((await b.getSettings({})).claimKinds).toEqual(['accusation', 'forecast']);
    await a.updateSettings({ claimKinds: ['accusation', 'forecast', 'threat'] });
    await b.updateSettings({ claimKinds: ['accusation', 'forecast', 'promise'] });
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    await syncTeamLibrary(a, remote, 'Ani');
    const kinds = (await a.getSettings({})).claimKinds;
    expect([...kinds].sort()).toEqual(['accusation', 'forecast', 'promise', 'threat']);
    expect((await b.getSettings({})).claimKinds).toEqual(kinds);
    // Settled: another round changes nothing.
    expect(await syncTeamLibrary(b, remote, 'Boris')).toMatchObject({ sent: 0, received: 0 });
  }, 60_000);

  it('keeps an article the team deleted while a highlight was added to it here, and gives it back to the team', async () => {
    const [a, b] = await twoLibraries();
    const remote = await teamDatabase();
    const article = await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    await b.deleteArticle({ id: article.id });
    await syncTeamLibrary(b, remote, 'Boris');
    const added = await a.createHighlight({ articleId: article.id, target: targetOf((await a.getArticle({ id: article.id })).article, 'no military aid') });

    await syncTeamLibrary(a, remote, 'Ani');
    expect((await highlightsOf(a, article.id)).map((highlight) => highlight.id)).toEqual([added.id]);
    // The next syncs carry the article back to Boris with the new highlight; nothing is tombstoned.
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    expect((await highlightsOf(b, article.id)).map((highlight) => highlight.id)).toEqual([added.id]);
    expect((await highlightsOf(a, article.id)).map((highlight) => highlight.id)).toEqual([added.id]);
  }, 60_000);

  it('loses nothing when the server cannot be reached, and sends it once it can', async () => {
    const [a, b] = await twoLibraries();
    const remote = await teamDatabase();
    const article = await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    const down = { ...remote, url: `http://127.0.0.1:${await freePort()}/team` };
    await expect(syncTeamLibrary(a, down, 'Ani')).rejects.toMatchObject({ code: 'TEAM_UNREACHABLE', message: expect.stringContaining('Everything stays in this library') });
    expect(await a.listArticles({})).toHaveLength(1);
    await syncTeamLibrary(a, remote, 'Ani');
    await syncTeamLibrary(b, remote, 'Boris');
    expect((await b.listArticles({})).map((entry) => entry.id)).toEqual([article.id]);
  }, 60_000);

  it('lets only the team’s members in: an analyst’s account syncs, no account or another is refused', async () => {
    const [a, b] = await twoLibraries();
    const team = await teamDatabase();
    const suffix = Math.random().toString(36).slice(2, 8);
    await addTeamMember({ serverUrl: server.url, ...admin }, { name: `ani-${suffix}`, password: 'ani-secret', role: 'editor' });
    const article = await a.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    const report = await syncTeamLibrary(a, { url: team.url, username: `ani-${suffix}`, password: 'ani-secret' }, 'Ani');
    // The article, and the team's vocabulary (this library's colour legend and claim kinds).
    expect(report).toMatchObject({ sent: 2, refused: 0 });
    await expect(syncTeamLibrary(b, { url: team.url }, 'Boris')).rejects.toMatchObject({ code: 'TEAM_REFUSED' });
    await expect(syncTeamLibrary(b, { url: team.url, username: `ani-${suffix}`, password: 'guess' }, 'Boris')).rejects.toMatchObject({ code: 'TEAM_REFUSED' });
    expect(await b.listArticles({})).toEqual([]);
    // The document says who changed it: the analyst's name and their account.
    const stored = await fetch(`${team.url}/article:${article.id}`, { headers: { Authorization: `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}` } });
    expect(await stored.json()).toMatchObject({ createdBy: `Ani (ani-${suffix})`, changedBy: `Ani (ani-${suffix})`, type: 'article' });
  }, 60_000);

  it('refuses a reader’s changes on the server, keeps them in the reader’s library, and takes an editor’s', async () => {
    const [editor, reader] = await twoLibraries();
    const team = await teamDatabase();
    const suffix = Math.random().toString(36).slice(2, 8);
    const accounts = { editor: `ani-${suffix}`, reader: `rita-${suffix}` };
    await addTeamMember({ serverUrl: server.url, ...admin }, { name: accounts.editor, password: 'ani-secret', role: 'editor' });
    await addTeamMember({ serverUrl: server.url, ...admin }, { name: accounts.reader, password: 'rita-secret', role: 'reader' });
    const asEditor = { url: team.url, username: accounts.editor, password: 'ani-secret' };
    const asReader = { url: team.url, username: accounts.reader, password: 'rita-secret' };
    const article = await editor.addImportedArticle(importedDocumentForTests('CSTO and Armenia', TEXT));
    const stored = (await editor.getArticle({ id: article.id })).article;
    const claim = await editor.createHighlight({ articleId: article.id, target: targetOf(stored, 'the CSTO gave Armenia no military aid') });
    expect(await syncTeamLibrary(editor, asEditor, 'Ani')).toMatchObject({ sent: 3, refused: 0 });
    expect(await syncTeamLibrary(reader, asReader, 'Rita')).toMatchObject({ applied: 2, refused: 0 });

    // The reader changes the claim and adds one of their own: the server refuses both, the reader keeps both.
    await reader.updateHighlight({ articleId: article.id, id: claim.id, patch: { claimant: 'Rita’s guess' } });
    const own = await reader.createHighlight({ articleId: article.id, target: targetOf(stored, 'did not answer questions') });
    expect(await syncTeamLibrary(reader, asReader, 'Rita')).toMatchObject({ sent: 0, refused: 2 });
    const readersCopy = await highlightsOf(reader, article.id);
    expect(readersCopy.find((highlight) => highlight.id === claim.id)?.claimant).toBe('Rita’s guess');
    expect(readersCopy.some((highlight) => highlight.id === own.id)).toBe(true);
    const onServer = await fetch(`${team.url}/_all_docs?include_docs=true`, { headers: { Authorization: `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}` } });
    const documents = ((await onServer.json()) as { rows: Array<{ id: string; doc: { claimant?: string } }> }).rows;
    expect(documents.some((row) => row.id.includes(own.id))).toBe(false);
    expect(documents.find((row) => row.id.includes(claim.id))?.doc.claimant).toBeUndefined();

    // An editor's replicated edit of an existing document still gets through the readers' rule.
    await editor.updateHighlight({ articleId: article.id, id: claim.id, patch: { tags: ['CSTO'] } });
    expect(await syncTeamLibrary(editor, asEditor, 'Ani')).toMatchObject({ sent: 1, refused: 0 });
    const other = await libraries.open(path.join(libraries.folder, `c-${suffix}`));
    await syncTeamLibrary(other, asEditor, 'Boris');
    expect((await highlightsOf(other, article.id)).find((highlight) => highlight.id === claim.id)?.tags).toEqual(['CSTO']);
  }, 60_000);
});
