import fs from 'node:fs/promises';
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
import { teamConflicts, type TeamConflict } from './team-conflicts.js';

/** What team sync needs of a library (LibraryService has it all). */
export interface TeamLibrary {
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
}

/** `<library>/team/`: the local copy of the team database, and how far its changes were applied. */
interface SyncState {
  remote: string;
  /** The local copy's update sequence up to which changes are in the library. */
  appliedSeq: number | string;
  /** Documents of the copy that could not be put into the library: tried again at each sync, and never taken for local deletions. */
  unapplied: string[];
}

/**
 * One sync of a library with its team database, both ways, through a local PouchDB copy of it
 * (`<library>/team/copy`), which holds what the library and the team last agreed on:
 * 1. the library's changes since are written to the copy (a deletion as a tombstone), each on the
 *    revision it was made from, so an edit made offline meets a concurrent one as a conflict;
 * 2. the copy and the server replicate both ways (CouchDB's protocol: nothing is merged by hand);
 * 3. what arrived is put into the library: for a conflicted document, CouchDB's winning revision,
 *    with every other revision kept in the copy and on the server and listed in `conflicts`.
 * The JSON files stay the truth on this computer; the copy can be rebuilt from the server.
 */
export async function syncTeamLibrary(library: TeamLibrary, remote: TeamRemote, analyst: string): Promise<TeamSyncReport> {
  const folder = path.join(library.path, 'team');
  await fs.mkdir(folder, { recursive: true });
  const statePath = path.join(folder, 'sync-state.json');
  const state = await readState(statePath);
  if (state !== null && state.remote !== remote.url) {
    throw new ApiError('INVALID_ARGUMENT', `This library syncs with ${state.remote}, not ${remote.url}. Leave that team first.`);
  }
  const copy = new PouchDB(path.join(folder, 'copy'));
  const server = new PouchDB(remote.url, remote.username ? { auth: { username: remote.username, password: remote.password ?? '' } } : {});
  try {
    const author = remote.username ? `${analyst || remote.username} (${remote.username})` : analyst || 'unknown analyst';
    const unapplied = new Set(state?.unapplied ?? []);
    const recorded = await recordLocalChanges(library, copy, author, unapplied);
    const { sent, received, refused } = await replicateBothWays(copy, server, remote.url);
    const arrived = await copy.changes({ since: state?.appliedSeq ?? 0, include_docs: true, style: 'main_only' });
    const retried = await documentsAgain(copy, [...unapplied].filter((id) => !arrived.results.some((result) => result.id === id)));
    const { changes, skipped } = teamChangesOf([...retried, ...arrived.results]);
    const applied = await library.applyTeamChanges(changes);
    const notApplied = [...skipped, ...applied.skipped];
    const next: SyncState = { remote: remote.url, appliedSeq: arrived.last_seq, unapplied: [...new Set(notApplied.map((entry) => entry.id))] };
    await writeFileAtomic(statePath, `${JSON.stringify(next, null, 2)}\n`);
    return { recorded, sent, received, refused, applied: applied.applied, skipped: notApplied, conflicts: await teamConflicts(copy) };
  } finally {
    await copy.close();
    await server.close();
  }
}

async function readState(statePath: string): Promise<SyncState | null> {
  try {
    return JSON.parse(await fs.readFile(statePath, 'utf8')) as SyncState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ApiError('LIBRARY_DAMAGED', `The team sync state ${statePath} cannot be read (${messageOf(error)}). Remove the library's team folder to sync it afresh.`);
  }
}

/** Writes to the copy every document whose local payload differs from the copy's, and tombstones for what the library no longer has. */
async function recordLocalChanges(library: TeamLibrary, copy: PouchDB.Database, author: string, unapplied: ReadonlySet<string>): Promise<number> {
  const local = new Map<string, TeamPayload>();
  const ids = (await library.listArticles({})).map((article) => article.id);
  for await (const { article, highlights } of library.readArticleFiles(ids)) for (const [id, payload] of payloadsOf(article, highlights)) local.set(id, payload);
  const stored = new Map<string, TeamDocument>();
  for (const row of (await copy.allDocs({ include_docs: true })).rows) if (row.doc && parseDocumentId(row.id)) stored.set(row.id, row.doc as unknown as TeamDocument);
  const now = new Date().toISOString();
  const writes: TeamDocument[] = [];
  for (const [id, payload] of local) {
    const before = stored.get(id);
    if (before && samePayload(payloadOf(before), payload)) continue;
    writes.push({
      ...payload,
      _id: id,
      ...(before?._rev ? { _rev: before._rev } : {}),
      createdBy: before?.createdBy ?? author,
      createdAt: before?.createdAt ?? now,
      changedBy: author,
      changedAt: now,
    } as TeamDocument);
  }
  // In the copy and not here: deleted here since the last sync (everything the copy had was applied then).
  for (const [id, before] of stored) {
    if (!local.has(id) && !unapplied.has(id)) writes.push({ ...before, _deleted: true, changedBy: author, changedAt: now });
  }
  if (writes.length === 0) return 0;
  const results = await copy.bulkDocs(writes as unknown as PouchDB.Doc[]);
  const failed = results.filter((result) => 'error' in result);
  if (failed.length > 0) throw new ApiError('STORAGE_FAILED', `Could not record ${failed.length} change(s) in the team copy: ${JSON.stringify(failed[0])}.`);
  return writes.length;
}

async function replicateBothWays(copy: PouchDB.Database, server: PouchDB.Database, url: string): Promise<{ sent: number; received: number; refused: number }> {
  try {
    const push = await PouchDB.replicate(copy, server);
    const pull = await PouchDB.replicate(server, copy);
    return { sent: push.docs_written, received: pull.docs_written, refused: push.doc_write_failures };
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
function teamChangesOf(results: readonly PouchDB.Change[]): { changes: TeamChange[]; skipped: TeamApplyResult['skipped'] } {
  const changes: TeamChange[] = [];
  const skipped: TeamApplyResult['skipped'] = [];
  for (const result of results) {
    const named = parseDocumentId(result.id);
    if (named === null) continue;
    if (result.deleted) {
      changes.push(named.type === 'article' ? { type: 'article-deleted', articleId: named.articleId } : { type: 'highlight-deleted', articleId: named.articleId, highlightId: named.highlightId });
      continue;
    }
    const document = result.doc as unknown as TeamDocument;
    if (named.type === 'article') {
      const parsed = articleSchema.safeParse({ ...(document as { article?: object }).article, highlightCount: 0 });
      // Shared fields only: a path sent by the server must never name a file on this computer.
      if (parsed.success && parsed.data.id === named.articleId) changes.push({ type: 'article', article: sharedArticle(parsed.data) });
      else skipped.push({ id: result.id, why: 'it is not a valid article (written by a newer version of Research Notes, or damaged)' });
    } else {
      const parsed = highlightSchema.safeParse((document as { highlight?: object }).highlight);
      if (parsed.success && parsed.data.articleId === named.articleId && parsed.data.id === named.highlightId) changes.push({ type: 'highlight', highlight: parsed.data });
      else skipped.push({ id: result.id, why: 'it is not a valid highlight (written by a newer version of Research Notes, or damaged)' });
    }
  }
  return { changes, skipped };
}
