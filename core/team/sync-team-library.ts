import fs from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { ApiError, messageOf } from '../api/api-error.js';
import type { Article, ArticleSummary } from '../model/article.js';
import { articleSchema } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import { highlightSchema } from '../model/highlight.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import type { TeamApplyResult, TeamChange } from './team-change.js';
import { parseDocumentId, payloadOf, payloadsOf, samePayload, sharedArticle, type TeamDocument, type TeamPayload } from './team-document.js';
import { recordVocabulary, settleVocabulary, type VocabularyLibrary } from './team-vocabulary.js';
import { teamConflicts, type TeamConflict } from './team-conflicts.js';
import { isFileDocumentId, keepTeamFiles, recordTeamFiles, replicateTeamFiles, teamFilesOf, type KeptTeamFile, type MissingTeamFile, type TeamFileLibrary } from './team-files.js';

/** What team sync needs of a library (LibraryService has it all). */
export interface TeamLibrary extends VocabularyLibrary, TeamFileLibrary {
  readonly path: string;
  listArticles(args: Record<string, never>): Promise<ArticleSummary[]>;
  readArticleFiles(ids: readonly string[]): AsyncGenerator<{ article: Article; highlights: Highlight[] }>;
  applyTeamChanges(changes: readonly TeamChange[]): Promise<TeamApplyResult>;
}

/** A team library: a CouchDB database, and who this analyst is there. */
export interface TeamRemote {
  /** The database's URL, e.g. http://127.0.0.1:5984/osint-team. */
  url: string;
  username?: string;
  password?: string;
}

/** What one sync did. */
export interface TeamSyncReport {
  /** Local changes recorded for the team (documents written to the local copy). */
  recorded: number;
  /** Documents sent to the server and received from it. */
  sent: number;
  received: number;
  /** Documents the server would not take (a reader's account): they stay in this library, unshared. */
  refused: number;
  /** Changes from the team put into the local library. */
  applied: number;
  skipped: TeamApplyResult['skipped'];
  /** Documents two analysts changed apart: every version is kept, none chosen. */
  conflicts: TeamConflict[];
  /** Originals and archived pages sent to the team, and received from it and kept beside their articles (counted apart from the documents above). */
  filesSent: number;
  filesKept: number;
}

/** `<library>/team/`: the local copy of the team database, and how far its changes were applied. */
interface SyncState {
  remote: string;
  /** The local copy's update sequence up to which changes are in the library. */
  appliedSeq: number | string;
  /** Documents of the copy that could not be put into the library: tried again at each sync, and never taken for local deletions. */
  unapplied: string[];
  /**
   * Documents in conflict whose version in the library is not CouchDB's winning one (an edit made
   * here during a sync), by id, with the revision the library holds: the next local edit extends
   * that version, and the winner is not put over it.
   */
  held?: Record<string, string>;
  /**
   * Revisions this library wrote to the copy after `appliedSeq` (saved before replicating): a sync
   * that failed or was killed after recording leaves them in the copy's changes, and they must not
   * be taken for the team's changes the library has not got yet.
   */
  ownWrites?: Record<string, string>;
  /** The shared vocabulary as last agreed with the team (its fingerprint); absent before the first sync. */
  vocabulary?: string;
}

/** Documents per write to the local copy while recording. */
const RECORD_BATCH = 1_000;
/** Documents per replication request (PouchDB's default is 100): fewer round trips on a first sync. */
const REPLICATION_BATCH = 500;

/** What the library held of one document when its changes were recorded, and the copy's revision of that. */
interface Recorded {
  rev: string;
  payload: TeamPayload;
}

/**
 * One sync of a library with its team database, both ways, through a local PouchDB copy of it
 * (`<library>/team/copy`), which holds what the library and the team last agreed on:
 * 1. the library's changes since are written to the copy (a deletion as a tombstone), each on the
 *    revision it was made from, so an edit made offline meets a concurrent one as a conflict;
 * 2. the copy and the server replicate both ways (CouchDB's protocol: nothing is merged by hand);
 * 3. what arrived is put into the library: for a conflicted document, CouchDB's winning revision
 *    unless one of the versions is this library's own (then it keeps that one), with every other
 *    revision kept in the copy and on the server and listed in `conflicts`.
 *    A document edited here while 1 and 2 ran keeps its edit: it is written to the copy as a
 *    version of its own beside the team's (a conflict, shown), and sent at once.
 * The JSON files stay the truth on this computer; the copy can be rebuilt from the server.
 */
export async function syncTeamLibrary(library: TeamLibrary, remote: TeamRemote, analyst: string): Promise<TeamSyncReport> {
  const folder = path.join(library.path, 'team');
  await fs.mkdir(folder, { recursive: true });
  const statePath = path.join(folder, 'sync-state.json');
  const state = await readState(statePath);
  // An empty remote: recorded by a first sync that never reached a server, so nothing is pinned yet.
  if (state !== null && state.remote !== '' && state.remote !== remote.url) {
    throw new ApiError('INVALID_ARGUMENT', `This library syncs with ${state.remote}, not ${remote.url}. Leave that team first.`);
  }
  const copy = new PouchDB(path.join(folder, 'copy'));
  const server = serverOf(remote);
  try {
    const author = authorOf(remote, analyst);
    const unapplied = new Set(state?.unapplied ?? []);
    const held = await stillHeld(copy, state?.held ?? {});
    // What the copy received and the library did not get yet: a sync killed after replicating.
    const ownWrites = { ...(state?.ownWrites ?? {}) };
    const pending = new Map<string, string>();
    for (const result of (await copy.changes({ since: state?.appliedSeq ?? 0, style: 'main_only' })).results) {
      const rev = result.changes[0]?.rev ?? '';
      if (ownWrites[result.id] !== rev) pending.set(result.id, rev);
    }
    const { written, recorded, revisions, files } = await recordLocalChanges(library, copy, author, unapplied, held, pending);
    if (written > 0) {
      Object.assign(ownWrites, revisions);
      await writeState(statePath, { remote: state?.remote ?? '', appliedSeq: state?.appliedSeq ?? 0, unapplied: [...unapplied], held, ownWrites });
    }
    const vocabularyRecorded = await recordVocabulary(copy, library, author, state?.vocabulary ?? null);
    const both = await replicateBothWays(copy, server, remote.url);
    let { sent, refused } = both;
    const arrived = await copy.changes({ since: state?.appliedSeq ?? 0, include_docs: true, style: 'main_only' });
    const retried = await documentsAgain(copy, [...unapplied].filter((id) => !arrived.results.some((result) => result.id === id)));
    // A version held here that the team has not resolved stays: the winner is not put over it.
    const stillHeldHere = await stillHeld(copy, held);
    // This library's own edit that met another one and lost CouchDB's pick is held too: until
    // someone chooses, each side shows its own version, and both are listed as the conflict.
    for (const result of arrived.results) {
      const mine = recorded.get(result.id);
      if (mine === undefined || stillHeldHere[result.id] !== undefined || result.changes[0]?.rev === mine.rev) continue;
      const leaves = await currentRevisions(copy, result.id);
      if (leaves !== null && leaves.others.includes(mine.rev)) stillHeldHere[result.id] = mine.rev;
    }
    // This sync's own writes that are still the winner: the library holds them already.
    const isOwnWinner = (result: PouchDB.Change) => revisions[result.id] !== undefined && revisions[result.id] === result.changes[0]?.rev;
    const incoming = [...retried, ...arrived.results.filter((result) => !isOwnWinner(result))].filter((result) => stillHeldHere[result.id] === undefined);
    const { changes, skipped } = teamChangesOf(incoming, recorded);
    const applied = await library.applyTeamChanges(changes);
    const branched = await branchKeptEdits(copy, applied.keptLocal, recorded, author);
    Object.assign(stillHeldHere, branched.held);
    const vocabulary = await settleVocabulary(copy, library, author, state?.vocabulary ?? null);
    if (branched.written > 0 || vocabulary.written) {
      const again = await replicateBothWays(copy, server, remote.url, { pushOnly: true });
      sent += again.sent;
      refused += again.refused;
    }
    const notApplied = [...skipped, ...applied.skipped];
    const next: SyncState = {
      remote: remote.url,
      // After the kept edits' branches too (only this sync wrote to the copy since `arrived`).
      appliedSeq: branched.written > 0 || vocabulary.written ? (await copy.info()).update_seq : arrived.last_seq,
      unapplied: [...new Set(notApplied.map((entry) => entry.id))],
      held: await stillHeld(copy, stillHeldHere),
      ownWrites: {},
      vocabulary: vocabulary.agreed,
    };
    await writeState(statePath, next);
    // Files last, a few at a time: the team's changes are in the library already when they take long.
    const share = (await library.getSettings({})).shareFilesWithTeam;
    await recordTeamFiles(copy, library, files.kept, share, author);
    const arrivedFiles = changes.flatMap((change) => (change.type === 'article' ? teamFilesOf(change.article as Article).missing : []));
    const filesMoved = await replicate(remote.url, () => replicateTeamFiles(copy, server, { pull: arrivedFiles.length > 0 || files.missing.length > 0 }));
    const filesKept = await keepTeamFiles(copy, library, [...files.missing, ...arrivedFiles]);
    return {
      recorded: written + (vocabularyRecorded ? 1 : 0),
      sent,
      received: both.received,
      refused: refused + filesMoved.refused,
      applied: applied.applied + (vocabulary.changedHere ? 1 : 0),
      skipped: [...notApplied, ...filesKept.refused],
      conflicts: await teamConflicts(copy, next.held),
      filesSent: filesMoved.sent,
      filesKept: filesKept.kept,
    };
  } finally {
    await copy.close();
    await server.close();
  }
}

export function serverOf(remote: TeamRemote): PouchDB.Database {
  // skip_setup: never create a database at a mistyped address (and no setup request whose failure PouchDB leaves unhandled).
  const auth = remote.username ? { auth: { username: remote.username, password: remote.password ?? '' } } : {};
  const server = new PouchDB(remote.url, { skip_setup: true, ...auth });
  // PouchDB 9's replication asks the source's info() after each batch only to count progress, with
  // no catch (pouchdb-replication, finishBatch): a connection dropped then is an unhandled rejection,
  // which ends a Node process. Found by the team soak test. Replication's own requests still fail
  // as they should; only this count falls back to nothing.
  const info = server.info.bind(server);
  server.info = () => info().catch(() => ({ update_seq: 0, doc_count: 0 }));
  return server;
}

/** How a change is signed: the analyst's name and, when there is one, the CouchDB account. */
export function authorOf(remote: TeamRemote, analyst: string): string {
  if (!remote.username) return analyst || 'unknown analyst';
  return analyst ? `${analyst} (${remote.username})` : remote.username;
}

async function writeState(statePath: string, state: SyncState): Promise<void> {
  await writeFileAtomic(statePath, `${JSON.stringify(state, null, 2)}\n`);
}

export async function readState(statePath: string): Promise<SyncState | null> {
  try {
    return JSON.parse(await fs.readFile(statePath, 'utf8')) as SyncState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ApiError('LIBRARY_DAMAGED', `The team sync state ${statePath} cannot be read (${messageOf(error)}). Remove the library's team folder to sync it afresh.`);
  }
}

/** The held versions that are still current revisions of their documents and not the winning one (others were resolved, here or by the team). */
async function stillHeld(copy: PouchDB.Database, held: Readonly<Record<string, string>>): Promise<Record<string, string>> {
  const kept: Record<string, string> = {};
  for (const [id, rev] of Object.entries(held)) {
    const leaves = await currentRevisions(copy, id);
    if (leaves !== null && leaves.winner !== rev && leaves.others.includes(rev)) kept[id] = rev;
  }
  return kept;
}

/** A document's winning revision and its other current (conflicting, not deleted) ones; null when the copy has no such document. */
export async function currentRevisions(copy: PouchDB.Database, id: string): Promise<{ winner: string; others: string[] } | null> {
  try {
    const document = await copy.get(id, { conflicts: true });
    return { winner: document._rev!, others: document._conflicts ?? [] };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

/**
 * Writes to the copy every document whose local payload differs from the copy's (from the version
 * the library holds: the winner, or the held one), and tombstones for what the library no longer
 * has; returns what the library held of each document and the copy's revision of it.
 */
async function recordLocalChanges(
  library: TeamLibrary,
  copy: PouchDB.Database,
  author: string,
  unapplied: ReadonlySet<string>,
  held: Record<string, string>,
  pending: ReadonlyMap<string, string>,
): Promise<{ written: number; recorded: Map<string, Recorded>; revisions: Record<string, string>; files: { kept: KeptTeamFile[]; missing: MissingTeamFile[] } }> {
  const local = new Map<string, TeamPayload>();
  const files = { kept: [] as KeptTeamFile[], missing: [] as MissingTeamFile[] };
  const ids = (await library.listArticles({})).map((article) => article.id);
  for await (const { article, highlights } of library.readArticleFiles(ids)) {
    for (const [id, payload] of payloadsOf(article, highlights)) local.set(id, payload);
    const { kept, missing } = teamFilesOf(article);
    files.kept.push(...kept);
    files.missing.push(...missing);
  }
  const stored = new Map<string, TeamDocument>();
  for (const row of (await copy.allDocs({ include_docs: true })).rows) if (row.doc && parseDocumentId(row.id)) stored.set(row.id, row.doc as unknown as TeamDocument);
  for (const [id, rev] of Object.entries(held)) stored.set(id, (await copy.get(id, { rev })) as unknown as TeamDocument);
  const revived = await tombstonesOf(copy, [...local.keys()].filter((id) => !stored.has(id)), stored.size > 0);
  const now = new Date().toISOString();
  const writes: TeamDocument[] = [];
  const recorded = new Map<string, Recorded>();
  for (const [id, payload] of local) {
    const before = stored.get(id);
    if (before && samePayload(payloadOf(before), payload)) {
      recorded.set(id, { rev: before._rev!, payload });
      continue;
    }
    // Changed in the copy and not applied yet: the library may simply hold an earlier revision of
    // it, which is no edit of its own (taking it for one would undo the team's change).
    const agreed = pending.has(id) ? await agreedAncestor(copy, id, pending.get(id)!, payload) : null;
    if (agreed !== null) {
      recorded.set(id, { rev: agreed, payload });
      continue;
    }
    writes.push({
      ...payload,
      _id: id,
      ...(before?._rev ? { _rev: before._rev } : {}),
      // A highlight restored from the team's history keeps who made it; the restorer changed it last.
      createdBy: before?.createdBy ?? revived.get(id)?.createdBy ?? author,
      createdAt: before?.createdAt ?? revived.get(id)?.createdAt ?? now,
      changedBy: author,
      changedAt: now,
    } as TeamDocument);
  }
  // In the copy and not here: deleted here since the last sync (everything the copy had was applied then).
  // Not one the copy received since (the library never had it yet).
  for (const [id, before] of stored) {
    if (!local.has(id) && !unapplied.has(id) && !pending.has(id)) writes.push({ ...before, _deleted: true, changedBy: author, changedAt: now });
  }
  if (writes.length === 0) return { written: 0, recorded, revisions: {}, files };
  // In batches: one call with a whole library's documents (110,000 at 10,000 articles) held
  // gigabytes and slowed more than in proportion.
  const results: Awaited<ReturnType<PouchDB.Database['bulkDocs']>> = [];
  for (let start = 0; start < writes.length; start += RECORD_BATCH) results.push(...(await copy.bulkDocs(writes.slice(start, start + RECORD_BATCH) as unknown as PouchDB.Doc[])));
  const failed = results.filter((result) => 'error' in result);
  if (failed.length > 0) throw new ApiError('STORAGE_FAILED', `Could not record ${failed.length} change(s) in the team copy: ${JSON.stringify(failed[0])}.`);
  const revisions: Record<string, string> = {};
  results.forEach((result, index) => {
    const id = writes[index]!._id;
    if ('rev' in result) revisions[id] = result.rev;
    const payload = local.get(id);
    if (payload && 'rev' in result) recorded.set(id, { rev: result.rev, payload });
    // A held version written on: the library now holds its new revision.
    if (held[id] !== undefined && 'rev' in result) held[id] = result.rev;
  });
  return { written: writes.length, recorded, revisions, files };
}

/** The last versions of the documents among `ids` that the copy holds as deleted (a restore brings one back); none looked up on a copy with nothing in it. */
async function tombstonesOf(copy: PouchDB.Database, ids: readonly string[], copyHasDocuments: boolean): Promise<Map<string, TeamDocument>> {
  const found = new Map<string, TeamDocument>();
  if (ids.length === 0 || !copyHasDocuments) return found;
  const { rows } = await copy.allDocs({ keys: [...ids] });
  for (const row of rows) {
    if (row.value?.deleted !== true) continue;
    const tombstone = (await copy.get(row.id, { rev: row.value.rev }).catch(() => null)) as unknown as TeamDocument | null;
    if (tombstone?.createdBy) found.set(row.id, tombstone);
  }
  return found;
}

/** The earlier revision of a document (before `winnerRev`) whose content is `payload`, if the copy still has one. */
async function agreedAncestor(copy: PouchDB.Database, id: string, winnerRev: string, payload: TeamPayload): Promise<string | null> {
  const winner = (await copy.get(id, { rev: winnerRev, revs: true })) as unknown as { _revisions?: { start: number; ids: string[] } };
  const history = winner._revisions;
  if (!history) return null;
  for (let back = 1; back < history.ids.length; back++) {
    const rev = `${history.start - back}-${history.ids[back]}`;
    const earlier = (await copy.get(id, { rev }).catch(() => null)) as unknown as TeamDocument | null;
    if (earlier && !earlier._deleted && samePayload(payloadOf(earlier), payload)) return rev;
  }
  return null;
}

/**
 * Documents edited here while the sync ran, whose team change was therefore not put in: each is
 * written to the copy as a new version on the revision it was made from (a branch beside the
 * team's, with CouchDB's own revision history, so both sides see the conflict). Returns the
 * versions that did not become the winner, to be held, and how many were written.
 */
async function branchKeptEdits(
  copy: PouchDB.Database,
  kept: TeamApplyResult['keptLocal'],
  recorded: ReadonlyMap<string, Recorded>,
  author: string,
): Promise<{ held: Record<string, string>; written: number }> {
  const held: Record<string, string> = {};
  let written = 0;
  const now = new Date().toISOString();
  for (const { id, payload } of kept) {
    const base = recorded.get(id);
    if (base === undefined) continue;
    const parent = (await copy.get(id, { rev: base.rev, revs: true })) as unknown as TeamDocument & { _revisions: { start: number; ids: string[] } };
    const revisionId = randomUUID().replace(/-/g, '');
    const start = parent._revisions.start + 1;
    const document = {
      ...(payload ?? payloadOf(parent)),
      _id: id,
      _rev: `${start}-${revisionId}`,
      _revisions: { start, ids: [revisionId, ...parent._revisions.ids] },
      ...(payload === null ? { _deleted: true } : {}),
      createdBy: parent.createdBy,
      createdAt: parent.createdAt,
      changedBy: author,
      changedAt: now,
    };
    const [result] = await copy.bulkDocs([document as unknown as PouchDB.Doc], { new_edits: false });
    if (result && 'error' in result) throw new ApiError('STORAGE_FAILED', `Could not keep the edit of ${id} made during the sync in the team copy: ${JSON.stringify(result)}.`);
    written += 1;
    const leaves = await currentRevisions(copy, id);
    if (payload !== null && leaves !== null && leaves.winner !== document._rev) held[id] = document._rev;
  }
  return { held, written };
}

export async function replicateBothWays(
  copy: PouchDB.Database,
  server: PouchDB.Database,
  url: string,
  options: { pushOnly?: boolean } = {},
): Promise<{ sent: number; received: number; refused: number }> {
  // Files replicate apart, a few at a time (team-files.ts); the server's design documents (the
  // readers' rule) are the server's business, not the library's.
  const push = (document: { _id: string }) => !isFileDocumentId(document._id);
  const pull = (document: { _id: string }) => !isFileDocumentId(document._id) && !document._id.startsWith('_design/');
  return replicate(url, async () => {
    const pushed = await PouchDB.replicate(copy, server, { batch_size: REPLICATION_BATCH, filter: push });
    const pulled = options.pushOnly ? { docs_written: 0 } : await PouchDB.replicate(server, copy, { batch_size: REPLICATION_BATCH, filter: pull });
    return { sent: pushed.docs_written, received: pulled.docs_written, refused: pushed.doc_write_failures };
  });
}

/** Runs a replication, its failure told as the server's refusal or as no answer. */
async function replicate<R>(url: string, work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 403) throw new ApiError('TEAM_REFUSED', `The team server at ${url} refused this account (${messageOf(error)}).`, { cause: error });
    throw new ApiError('TEAM_UNREACHABLE', `Could not reach the team server at ${url} (${messageOf(error)}). Everything stays in this library; sync again when it answers.`, { cause: error });
  }
}

/** The copy's current revisions of documents, as changes to apply again (a deleted one as its deletion). */
async function documentsAgain(copy: PouchDB.Database, ids: readonly string[]): Promise<PouchDB.Change[]> {
  if (ids.length === 0) return [];
  const { rows } = await copy.allDocs({ keys: [...ids], include_docs: true });
  return rows.flatMap((row) => (row.value === undefined ? [] : [{ id: row.id, seq: 0, deleted: row.value.deleted === true, ...(row.doc ? { doc: row.doc } : {}), changes: [{ rev: row.value.rev }] }]));
}

/** The copy's changes as library changes, each checked against the library's own schemas (the server is not trusted to send valid data). */
function teamChangesOf(results: readonly PouchDB.Change[], recorded: ReadonlyMap<string, Recorded>): { changes: TeamChange[]; skipped: TeamApplyResult['skipped'] } {
  const changes: TeamChange[] = [];
  const skipped: TeamApplyResult['skipped'] = [];
  for (const result of results) {
    const named = parseDocumentId(result.id);
    if (named === null) continue;
    const expected = recorded.get(result.id)?.payload ?? null;
    if (result.deleted) {
      changes.push(
        named.type === 'article'
          ? { type: 'article-deleted', articleId: named.articleId, expected }
          : { type: 'highlight-deleted', articleId: named.articleId, highlightId: named.highlightId, expected },
      );
      continue;
    }
    const document = result.doc as unknown as TeamDocument;
    if (named.type === 'article') {
      const parsed = articleSchema.safeParse({ ...(document as { article?: object }).article, highlightCount: 0 });
      // Shared fields only: a path sent by the server must never name a file on this computer.
      if (parsed.success && parsed.data.id === named.articleId) changes.push({ type: 'article', article: sharedArticle(parsed.data), expected });
      else skipped.push({ id: result.id, why: 'it is not a valid article (written by a newer version of Research Notes, or damaged)' });
    } else {
      const parsed = highlightSchema.safeParse((document as { highlight?: object }).highlight);
      if (parsed.success && parsed.data.articleId === named.articleId && parsed.data.id === named.highlightId) changes.push({ type: 'highlight', highlight: parsed.data, expected });
      else skipped.push({ id: result.id, why: 'it is not a valid highlight (written by a newer version of Research Notes, or damaged)' });
    }
  }
  return { changes, skipped };
}
