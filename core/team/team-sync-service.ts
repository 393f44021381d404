import fs from 'node:fs/promises';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { ApiError, messageOf, toApiErrorData } from '../api/api-error.js';
import type { DeletedTeamHighlight, TeamAuthorship, TeamConflictView, TeamStatus, TeamSyncSummary } from '../model/team-status.js';
import { deletedTeamHighlights } from './deleted-team-highlights.js';
import { resolveTeamConflict, type HighlightMerge } from './resolve-team-conflict.js';
import { readState, serverOf, syncTeamLibrary, type TeamLibrary, type TeamRemote } from './sync-team-library.js';
import { teamConflicts, type TeamConflict } from './team-conflicts.js';
import { highlightDocumentId, parseDocumentId, type TeamDocument } from './team-document.js';
import { TEAM_ROLES_DESIGN } from './team-database-setup.js';
import { readMembership, writeMembership } from './team-membership.js';
import type { TeamAccount, TeamPasswordKeeper } from './team-password-keeper.js';

export interface TeamSyncServiceOptions {
  keeper: TeamPasswordKeeper;
  /** The analyst's name, signed on every change (the library's operator name). */
  analyst: () => string;
  /** Between background syncs. */
  intervalMs?: number;
}

const DEFAULT_INTERVAL_MS = 60_000;
/** How soon after an edit here, or a change on the server, the next sync starts: edits made in a burst go in one sync. */
const SOON_MS = 150;

/**
 * The team side of an open library in the app: which team it joined, the password for this
 * session, a background sync every minute (and on demand), one sync at a time, and the conflicts
 * the last one found. A sync that fails (the server unreachable) is reported in the status and
 * tried again at the next turn; the library loses nothing meanwhile.
 */
export class TeamSyncService {
  private account: TeamAccount | null = null;
  private password: string | null = null;
  /** Whether the account may only read; null until asked in this session. */
  private readOnly: boolean | null = null;
  private loaded: Promise<void> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private syncing = false;
  private lastSync: TeamSyncSummary | null = null;
  private error: { code: string; message: string } | null = null;
  private conflicts: TeamConflict[] | null = null;
  private timer: NodeJS.Timeout | null = null;
  private timerDue = 0;
  /** Something changed (here or on the server) while a sync ran: another follows at once. */
  private changedDuringSync = false;
  /** The server's live changes feed, while signed in: what another analyst sends arrives within a second or two. */
  private watcher: { cancel(): void } | null = null;
  private closed = false;

  constructor(
    private readonly library: TeamLibrary,
    private readonly options: TeamSyncServiceOptions,
  ) {}

  /** Reads the membership and the kept password once; starts the background sync when both are there. */
  private load(): Promise<void> {
    this.loaded ??= (async () => {
      this.account = await readMembership(this.library.path);
      if (this.account === null) return;
      // Before any sync can run: the copy is opened by one operation at a time.
      this.conflicts = await this.readConflicts();
      this.password = await this.options.keeper.load(this.account).catch(() => null);
      if (this.password !== null) this.schedule(0);
    })();
    return this.loaded;
  }

  /** Starts the background sync if this library joined a team and its password is kept (the Electron app at start). */
  async start(): Promise<void> {
    await this.load();
  }

  async status(): Promise<TeamStatus> {
    await this.load();
    if (this.account === null) return { joined: false };
    return {
      joined: true,
      url: this.account.url,
      username: this.account.username,
      signedIn: this.password !== null,
      passwordKept: this.options.keeper.kind,
      readOnly: this.readOnly === true,
      syncing: this.syncing,
      lastSync: this.lastSync,
      error: this.error,
      conflicts: (this.conflicts ?? []).map(conflictView),
    };
  }

  async join(account: TeamAccount, password: string): Promise<TeamStatus> {
    await this.load();
    return this.exclusive(async () => {
      if (this.account !== null && (this.account.url !== account.url || this.account.username !== account.username)) {
        throw new ApiError('INVALID_ARGUMENT', `This library is in the team library at ${this.account.url}. Leave it first to join another.`);
      }
      const state = await readState(path.join(this.library.path, 'team', 'sync-state.json'));
      if (state !== null && state.remote !== '' && state.remote !== account.url) throw new ApiError('INVALID_ARGUMENT', `This library syncs with ${state.remote}. Leave that team first.`);
      this.readOnly = (await checkTeamAccount(account, password)).readOnly;
      await writeMembership(this.library.path, account);
      this.account = account;
      this.password = password;
      await this.options.keeper.save(account, password).catch(() => undefined);
      await this.syncOnce();
      return this.status();
    });
  }

  async signIn(password: string): Promise<TeamStatus> {
    await this.load();
    if (this.account === null) throw new ApiError('INVALID_ARGUMENT', 'This library has not joined a team library.');
    const account = this.account;
    return this.exclusive(async () => {
      this.readOnly = (await checkTeamAccount(account, password)).readOnly;
      this.password = password;
      await this.options.keeper.save(account, password).catch(() => undefined);
      await this.syncOnce();
      return this.status();
    });
  }

  async leave(): Promise<TeamStatus> {
    await this.load();
    return this.exclusive(async () => {
      this.stopTimer();
      if (this.account !== null) await this.options.keeper.forget(this.account).catch(() => undefined);
      // The library keeps every article and highlight; only the copy of the team database and the membership go.
      await fs.rm(path.join(this.library.path, 'team'), { recursive: true, force: true });
      this.watcher?.cancel();
      this.account = null;
      this.password = null;
      this.readOnly = null;
      this.lastSync = null;
      this.error = null;
      this.conflicts = null;
      return this.status();
    });
  }

  async syncNow(): Promise<TeamStatus> {
    await this.load();
    const remote = this.remote();
    if (remote === null) throw new ApiError('INVALID_ARGUMENT', this.account === null ? 'This library has not joined a team library.' : 'Sign in to the team library first: its password is not known in this session.');
    return this.exclusive(async () => {
      await this.syncOnce();
      return this.status();
    });
  }

  async resolve(documentId: string, rev: string, merge?: HighlightMerge): Promise<TeamStatus> {
    await this.load();
    const remote = this.remote();
    if (remote === null) throw new ApiError('INVALID_ARGUMENT', 'Sign in to the team library first: its password is not known in this session.');
    return this.exclusive(async () => {
      const resolution = await resolveTeamConflict(this.library, remote, this.options.analyst(), documentId, rev, merge);
      this.conflicts = resolution.conflicts;
      return this.status();
    });
  }

  /** Who made and last changed each highlight of an article, from the local copy of the team database. */
  async authorship(articleId: string): Promise<Record<string, TeamAuthorship>> {
    await this.load();
    if (this.account === null) return {};
    return this.exclusive(async () => {
      const copy = new PouchDB(path.join(this.library.path, 'team', 'copy'));
      try {
        const prefix = highlightDocumentId(articleId, '');
        const { rows } = await copy.allDocs({ include_docs: true, startkey: prefix, endkey: `${prefix}\uffff` });
        // A version held here (its own side of a conflict) is the one the library shows, and says who made it.
        const held = (await readState(path.join(this.library.path, 'team', 'sync-state.json')))?.held ?? {};
        const byHighlight: Record<string, TeamAuthorship> = {};
        for (const row of rows) {
          const named = parseDocumentId(row.id);
          const heldRev = held[row.id];
          const document = (heldRev ? await copy.get(row.id, { rev: heldRev }) : row.doc) as unknown as TeamDocument | undefined;
          if (named?.type !== 'highlight' || !document) continue;
          byHighlight[named.highlightId] = { createdBy: document.createdBy, createdAt: document.createdAt, changedBy: document.changedBy, changedAt: document.changedAt };
        }
        return byHighlight;
      } finally {
        await copy.close();
      }
    });
  }

  /** The article's highlights deleted in the team and not in the library now (see deletedTeamHighlights). */
  async deletedHighlights(articleId: string, present: ReadonlySet<string>): Promise<DeletedTeamHighlight[]> {
    await this.load();
    if (this.account === null) return [];
    return this.exclusive(async () => {
      const copy = new PouchDB(path.join(this.library.path, 'team', 'copy'));
      try {
        return await deletedTeamHighlights(copy, articleId, present);
      } finally {
        await copy.close();
      }
    });
  }

  /** An edit was written to the library: sync soon (debounced), or right after the sync under way. */
  noteLocalChange(): void {
    if (this.syncing) {
      this.changedDuringSync = true;
      return;
    }
    this.syncSoon();
  }

  private syncSoon(): void {
    if (this.remote() === null || this.closed) return;
    if (this.timer !== null && this.timerDue - Date.now() <= SOON_MS) return;
    this.schedule(SOON_MS);
  }

  /** Listens to the server's changes; any change there brings a sync soon. Dropped on error, opened again after the next sync. */
  private watchServer(): void {
    const remote = this.remote();
    if (this.watcher !== null || remote === null || this.closed) return;
    const server = serverOf(remote);
    const feed = server.changes({ live: true, since: 'now' });
    const stop = (): void => {
      if (this.watcher !== watcher) return;
      this.watcher = null;
      feed.cancel();
      void server.close().catch(() => undefined);
    };
    const watcher = { cancel: stop };
    this.watcher = watcher;
    feed.on('change', () => (this.syncing ? (this.changedDuringSync = true) : this.syncSoon()));
    feed.on('error', stop);
  }

  /** Stops the background sync and waits for the one under way. */
  async close(): Promise<void> {
    this.closed = true;
    this.watcher?.cancel();
    this.stopTimer();
    await this.queue.catch(() => undefined);
  }

  private remote(): TeamRemote | null {
    if (this.account === null || this.password === null) return null;
    return { url: this.account.url, username: this.account.username, password: this.password };
  }

  /** One sync; its failure is kept in the status (and the error thrown only to an explicit caller). */
  private async syncOnce(): Promise<void> {
    const remote = this.remote();
    if (remote === null) return;
    this.syncing = true;
    try {
      // A password kept from an earlier session: ask once what the account may do.
      this.readOnly ??= await isReadOnlyAccount(remote.url, remote.username ?? '', remote.password ?? '');
      const report = await syncTeamLibrary(this.library, remote, this.options.analyst());
      this.lastSync = { at: new Date().toISOString(), sent: report.sent, received: report.received, applied: report.applied, refused: report.refused, skipped: report.skipped, filesSent: report.filesSent, filesKept: report.filesKept };
      this.conflicts = report.conflicts;
      this.error = null;
    } catch (error) {
      this.error = toApiErrorData(error);
      // A refused account stops the background sync until the password is given again.
      if (this.error.code === 'TEAM_REFUSED') this.password = null;
      this.watcher?.cancel();
    } finally {
      this.syncing = false;
      const again = this.changedDuringSync;
      this.changedDuringSync = false;
      this.schedule(again ? SOON_MS : (this.options.intervalMs ?? DEFAULT_INTERVAL_MS));
      if (this.error === null) this.watchServer();
    }
  }

  private schedule(delayMs: number): void {
    this.stopTimer();
    if (this.closed || this.remote() === null) return;
    this.timerDue = Date.now() + delayMs;
    this.timer = setTimeout(() => void this.exclusive(() => this.syncOnce()).catch(() => undefined), delayMs);
    // The background sync never keeps a command-line process alive.
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** One team operation at a time: two syncs of one copy must never interleave. */
  private exclusive<R>(work: () => Promise<R>): Promise<R> {
    if (this.closed) return Promise.reject(new ApiError('LIBRARY_CLOSED', 'The library has been closed.'));
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readConflicts(): Promise<TeamConflict[]> {
    const folder = path.join(this.library.path, 'team', 'copy');
    try {
      await fs.access(folder);
    } catch {
      return [];
    }
    const state = await readState(path.join(this.library.path, 'team', 'sync-state.json'));
    const copy = new PouchDB(folder);
    try {
      return await teamConflicts(copy, state?.held ?? {});
    } finally {
      await copy.close();
    }
  }
}

/**
 * Asks the server for the database with the account: nothing is remembered unless it answers yes.
 * Says whether the account may only read it.
 */
export async function checkTeamAccount(account: TeamAccount, password: string): Promise<{ readOnly: boolean | null }> {
  let response: Response;
  try {
    response = await fetch(account.url, { headers: { Authorization: `Basic ${Buffer.from(`${account.username}:${password}`).toString('base64')}`, Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new ApiError('TEAM_UNREACHABLE', `Could not reach the team server at ${account.url} (${messageOf(error)}).`, { cause: error });
  }
  if (response.status === 401 || response.status === 403) throw new ApiError('TEAM_REFUSED', `The team server at ${account.url} refused the account ${account.username}: check the user name and password.`);
  if (response.status === 404) throw new ApiError('NOT_FOUND', `There is no team library at ${account.url}: check its address with whoever set it up.`);
  if (!response.ok) throw new ApiError('TEAM_UNREACHABLE', `The team server at ${account.url} answered ${response.status} ${response.statusText}.`);
  const body = (await response.json().catch(() => null)) as { db_name?: unknown } | null;
  if (typeof body?.db_name !== 'string') throw new ApiError('TEAM_UNREACHABLE', `${account.url} does not answer as a CouchDB database does.`);
  return { readOnly: await isReadOnlyAccount(account.url, account.username, password) };
}

/**
 * A reader: the team library holds the readers' rule (`team-setup`'s validate_doc_update) and the
 * account is neither an editor nor an admin. Null when the server cannot be asked now; meanwhile the
 * app takes the account as an editor (a change the server refuses is still reported and kept here).
 */
async function isReadOnlyAccount(url: string, username: string, password: string): Promise<boolean | null> {
  const headers = { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`, Accept: 'application/json' };
  try {
    const rule = await fetch(`${url.replace(/\/+$/, '')}/_design/${TEAM_ROLES_DESIGN}`, { headers, signal: AbortSignal.timeout(15_000) });
    await rule.body?.cancel();
    if (rule.status !== 200) return false;
    const session = await fetch(new URL('../_session', `${url.replace(/\/+$/, '')}/`), { headers, signal: AbortSignal.timeout(15_000) });
    const { userCtx } = (await session.json()) as { userCtx?: { roles?: unknown } };
    const roles = Array.isArray(userCtx?.roles) ? userCtx.roles : [];
    return !roles.includes('_admin') && !roles.includes('editor');
  } catch {
    return null;
  }
}

function conflictView(conflict: TeamConflict): TeamConflictView {
  const named = parseDocumentId(conflict.id)!;
  return {
    documentId: conflict.id,
    articleId: named.articleId,
    ...(named.type === 'highlight' ? { highlightId: named.highlightId } : {}),
    label: conflict.label,
    versions: conflict.versions.map((version) => {
      const base = { rev: version.rev, changedBy: version.changedBy, changedAt: version.changedAt, shown: version.shown };
      if (version.payload.type === 'highlight') return { ...base, highlight: version.payload.highlight };
      const { text: _text, doc: _doc, memo: _memo, ...metadata } = version.payload.article;
      return { ...base, article: metadata };
    }),
  };
}
