import fs from 'node:fs/promises';
import { readCapturedPage, type CapturedPage } from '../capture/captured-page.js';
import { ApiError, BugError, messageOf } from '../api/api-error.js';
import type { ApiArguments, ApiResults, ArticleWithHighlights, ResearchNotesApi } from '../api/contract.js';
import { buildExportFile } from '../export/build-export-file.js';
import type { ImportedDocument } from '../import/imported-document.js';
import { importSubject } from '../import/import-subject.js';
import { throwIfCancelled } from '../import/throw-if-cancelled.js';
import type { WorkerImportInput } from '../import/worker-import-input.js';
import type { ArticleSummary } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import { ArticleStore } from '../store/article-store.js';
import { LibraryLayout } from '../store/library-layout.js';
import { OriginalFiles } from '../store/original-files.js';
import type { LibraryIndexEntry } from '../store/library-index-schema.js';
import { LibraryLock, type LibraryOwner } from '../store/library-lock.js';
import { killPoint } from '../store/kill-point.js';
import { removeTemporaryFiles } from '../store/remove-temporary-files.js';
import type { RepairMarker } from '../store/repair-marker.js';
import type { WriteGuard } from '../store/write-guard.js';
import { compareHighlightsByPosition } from './compare-highlights-by-position.js';
import { importInputFromArguments } from './import-input-from-arguments.js';
import { ImportsUnderWay } from './imports-under-way.js';
import { RecentDeletions } from './recent-deletions.js';
import type { ImportOutcome, ImportSourceOptions, StoreImportOptions } from './import-outcome.js';
import { storeImportedDocument, type ImportStoreContext } from './store-imported-document.js';
import { indexEntryOf } from './index-entry-of.js';
import type { LibraryIndex } from './library-index.js';
import { repairAtOpen } from './repair-at-open.js';
import { toArticleSummary } from './to-article-summary.js';
import { SearchIndex } from '../search/search-index.js';
import { APP_TOOL } from '../model/app-version.js';
import type { AnnotationContext } from './annotation-context.js';
import { createArticleNotesApi } from './article-notes-api.js';
import { createHighlightsApi } from './highlights-api.js';
import { createLinksApi } from './links-api.js';
import { createSearchApi } from './search-api.js';
import { createSettingsApi } from './settings-api.js';
import { createTagsApi } from './tags-api.js';
import { createClaimSuggestionApi } from './claim-suggestion-api.js';
import { backfillIndexEntries } from './backfill-index-entries.js';
import { removeOtherLinkEnds } from './remove-other-link-ends.js';
import { selectArticles } from './select-articles.js';
import { SettingsStore } from './settings-store.js';
import type { FolderExportRunner } from '../export-files/folder-export-runner.js';
import { custodyFieldsOf } from '../custody/custody-fields-of.js';
import { metadataChangesOf } from '../custody/metadata-changes-of.js';
import { CustodyLog, type CustodyFields } from '../custody/custody-log.js';
import { sha256Hex } from '../custody/custody-line.js';
import { verifyLibrary, type VerifyOptions } from '../custody/verify-library.js';
import type { VerifyReport } from '../model/verify-report.js';
import { CaptureDesk } from '../capture/capture-desk.js';
import { ClipperPairings } from '../capture/clipper-pairings.js';
import { keptFilesOf } from './kept-files-of.js';
import { captureChangesOf } from './capture-changes-of.js';
import { applyTeamChanges } from './apply-team-changes.js';
import { keepTeamFile, type KeepTeamFileResult } from './keep-team-file.js';
import type { TeamApplyResult, TeamChange } from '../team/team-change.js';
import { sessionPasswordKeeper, type TeamPasswordKeeper } from '../team/team-password-keeper.js';
import { readMembership } from '../team/team-membership.js';
import type { TeamSyncService } from '../team/team-sync-service.js';

/** Article files a bulk read (an export) keeps in flight: enough to overlap reads with the caller's writes, few enough to bound memory. */
const PARALLEL_BULK_READS = 16;

/** A library folder opened for use: the whole API, plus what the shells that own it need. */
export interface LibraryService extends ResearchNotesApi {
  /** The library folder (absolute). */
  readonly path: string;
  /**
   * Stores an imported document, the step of importArticle after importing: as a new article, or
   * (options.ifDuplicate, default 'ask') as an update of the article it repeats.
   */
  addImportedArticle(imported: ImportedDocument, options?: StoreImportOptions): Promise<ArticleSummary>;
  /**
   * Imports a source in a worker thread (in this thread when the worker bundle is missing) and
   * stores it as importArticle does; for the shells, with progress, cancellation and the outcome.
   */
  importSource(input: WorkerImportInput, options?: ImportSourceOptions): Promise<ImportOutcome>;
  /**
   * The articles of `ids` with their highlights in reading order, as getArticle gives them, for a
   * whole-library export: read a few files at a time straight from disk, skipping the cache and
   * the per-call copy (the caller owns what it gets). Not part of the UI's API contract.
   */
  readArticleFiles(ids: readonly string[]): AsyncGenerator<ArticleWithHighlights>;
  /** Re-hashes the library's archives, originals, texts and custody log (`research-notes verify`). */
  verify(options?: VerifyOptions): Promise<VerifyReport>;
  /** Where browser clippers' captures arrive (core/capture), for the shell's capture listener. */
  captureDesk(): Promise<CaptureDesk>;
  /** The kept web page of an article, for the shells' "View as captured" route (core/capture/captured-page.ts). */
  capturedPage(id: string): Promise<CapturedPage>;
  /** Puts changes that came from the team library into this one (core/team/sync-team-library.ts). */
  applyTeamChanges(changes: readonly TeamChange[]): Promise<TeamApplyResult>;
  /** The bytes of a kept original or page, by its path in an article file (for the team sync to share). */
  readKeptFile(relativePath: string): Promise<Uint8Array>;
  /** Keeps a file another analyst shared, when an article lacks it and its bytes hash to the SHA-256 it records (core/library/keep-team-file.ts). */
  keepTeamFile(articleId: string, sha256: string, fetch: () => Promise<Uint8Array>): Promise<KeepTeamFileResult>;
  /** Starts the background team sync when this library joined a team and its password is kept (the Electron app, at start). */
  startTeamSync(): Promise<void>;
  /** Waits for every call in progress and every pending write; later calls are refused. */
  close(): Promise<void>;
}

/** How openLibrary is called. */
export interface OpenLibraryOptions {
  /** Which program opens the library: named to a second program that tries to open it. */
  owner?: LibraryOwner;
  /** Where the team account's password is kept between sessions (Electron: the keychain); by default nowhere. */
  teamPasswords?: TeamPasswordKeeper;
  /** Between background team syncs (a minute by default; shorter in tests). */
  teamSyncIntervalMs?: number;
}

/** Errors of creating the library's folders that mean it cannot be written here. */
const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Opens (creating it on first use) the library in `folder` and holds its lock until close():
 * LIBRARY_LOCKED if another live process holds it. Repairs what a crash or damage left (restoring
 * backups, rebuilding the index from the article files) and reports it in getLibraryInfo().notices.
 * A library that cannot be written here (a read-only disk or folder) opens read-only: it can be
 * listed, searched, read and exported, and every change fails with LIBRARY_READ_ONLY.
 */
export async function openLibrary(folder: string, options: OpenLibraryOptions = {}): Promise<LibraryService> {
  const layout = new LibraryLayout(folder);
  let readOnlyReason: string | null = null;
  try {
    killPoint('library.create-folder');
    await fs.mkdir(layout.articlesFolder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const exists = await fs.stat(layout.folder).then((stat) => stat.isDirectory(), () => false);
    if (!READ_ONLY_CODES.has(code) || !exists) {
      throw new ApiError('STORAGE_FAILED', `Could not create the library folder ${layout.folder}: ${messageOf(error)}.`, { cause: error });
    }
    readOnlyReason = `${code}: ${messageOf(error)}`;
  }
  const owner = options.owner ?? (process.versions.electron ? 'Electron' : 'command line');
  let lock: LibraryLock | null = null;
  if (readOnlyReason === null) {
    try {
      lock = (await LibraryLock.acquire(layout.lockPath, layout.folder, owner)).lock;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'LIBRARY_READ_ONLY') throw error;
      readOnlyReason = error.message;
    }
  }
  const heldLock = lock;
  const readOnlyError = new ApiError('LIBRARY_READ_ONLY', `The library ${layout.folder} is open read-only: it cannot be changed here.`);
  const guard: WriteGuard = heldLock ? () => heldLock.assertHeld() : () => Promise.reject(readOnlyError);
  const readOnly = heldLock === null;
  try {
    if (!readOnly) await removeTemporaryFiles([layout.folder, layout.articlesFolder, layout.backupsFolder, layout.articleBackupsFolder, layout.originalsFolder]);
    const notices: string[] = [];
    const report = (notice: string): void => {
      if (!notices.includes(notice)) notices.push(notice);
    };
    if (readOnly) {
      report(`The library ${layout.folder} is read-only here (it could not be written: ${readOnlyReason}), so it is open for reading: you can list, search, read and export, but not change anything. Search reads the article files, which is slower in a large library.`);
    }
    const articles = new ArticleStore(layout, report, { guard, readOnly });
    const { index, marker } = await repairAtOpen({ layout, articles, report, guard, readOnly });
    const settings = await SettingsStore.open(layout.folder, report, { backupsFolder: layout.backupsFolder, guard, readOnly });
    // Opens at once; a stale index is rebuilt in the background (see SearchIndex).
    const search = await SearchIndex.open({
      folder: layout.folder,
      libraryId: settings.get().libraryId,
      source: { articleIds: () => [...index.values()].map((entry) => entry.id), readArticle: (id) => articles.readIfPresent(id) },
      report,
      readOnly,
    });
    const custody = await CustodyLog.open(layout.custodyPath, { guard, readOnly, report });
    return new Library(layout.folder, index, articles, heldLock, notices, settings, search, new OriginalFiles(layout, guard), marker, custody, {
      keeper: options.teamPasswords ?? sessionPasswordKeeper,
      ...(options.teamSyncIntervalMs === undefined ? {} : { intervalMs: options.teamSyncIntervalMs }),
    });
  } catch (error) {
    await heldLock?.release();
    throw error;
  }
}

class Library implements LibraryService {
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Articles whose file is being written after their journal record: checked after a crash. */
  private readonly unsettled = new Map<string, number>();
  private compaction: Promise<void> | null = null;
  private closed = false;

  constructor(
    readonly path: string,
    private readonly index: LibraryIndex,
    private readonly articles: ArticleStore,
    /** Null when the library is open read-only. */
    private readonly lock: LibraryLock | null,
    private readonly notices: string[],
    private readonly settings: SettingsStore,
    private readonly searchIndex: SearchIndex,
    private readonly originals: OriginalFiles,
    /** The repair marker to remove at a clean close, when this open repaired the index. */
    private readonly repairMarker: RepairMarker | null,
    private readonly custody: CustodyLog,
    private readonly teamOptions: { keeper: TeamPasswordKeeper; intervalMs?: number },
  ) {
    // Entries from before claimant counts get them from their files, in the background.
    const context = this.annotationContext();
    this.highlights = createHighlightsApi(context);
    this.tags = createTagsApi(context);
    this.links = createLinksApi(context);
    this.articleNotes = createArticleNotesApi(context);
    this.settingsApi = createSettingsApi(context);
    this.searchApi = createSearchApi(context);
    this.suggestions = createClaimSuggestionApi(context);
    this.backfill = backfillIndexEntries(this.index.values(), (id) => this.readArticle(id), () => this.closed).catch(() => undefined);
    this.baseline = this.startCustodyLog().catch((error: unknown) => void this.notices.push(`Could not start the custody log: ${messageOf(error)}`));
  }

  private readonly backfill: Promise<void>;
  private readonly baseline: Promise<void>;

  /**
   * A library with articles and no custody log (kept from before logs were, or a restored
   * backup) gets one 'baseline' entry per article, recording its hashes as found. A log the
   * settings say was started is never started again: its loss stays visible to verify.
   */
  private async startCustodyLog(): Promise<void> {
    if (this.lock === null || !this.custody.isEmpty) return;
    if (this.settings.get().custodyLogFirstHash !== null) {
      this.notices.push(`The custody log ${this.path}/custody.jsonl is missing or empty, though this library kept one: it was removed or replaced. New entries start a new log; \`research-notes verify\` reports the break.`);
      return;
    }
    if (this.index.size === 0) return;
    const operator = this.settings.get().operatorName;
    await this.logCustody(
      [...this.index.values()].map((entry) => ({
        action: 'baseline' as const,
        articleId: entry.id,
        title: entry.title,
        operator,
        tool: APP_TOOL,
        url: entry.url,
        finalUrl: null,
        capturedAt: null,
        originalPath: null,
        originalSha256: entry.originalSha256 ?? null,
        textSha256: entry.contentHash,
      })),
    );
  }

  /** Appends custody entries; the first entry of a library's log is recorded in its settings. */
  private async logCustody(fields: CustodyFields[]): Promise<void> {
    const wasEmpty = this.custody.isEmpty;
    const entries = await this.custody.append(fields);
    if (wasEmpty && entries.length > 0 && this.settings.get().custodyLogFirstHash === null) {
      const firstLine = (await fs.readFile(this.custody.filePath, 'utf8')).split('\n', 1)[0]!;
      await this.settings.update((settings) => {
        settings.custodyLogFirstHash = sha256Hex(firstLine);
      });
    }
  }

  verify(options: VerifyOptions = {}): Promise<VerifyReport> {
    return this.run(async () => {
      await this.custody.settled();
      return verifyLibrary(this.path, options);
    });
  }

  // The API by domain, each a small module over this service's context (core/library/*-api.ts);
  // every call goes through run, so close() waits for it.
  private readonly highlights: ReturnType<typeof createHighlightsApi>;
  private readonly tags: ReturnType<typeof createTagsApi>;
  private readonly links: ReturnType<typeof createLinksApi>;
  private readonly articleNotes: ReturnType<typeof createArticleNotesApi>;
  private readonly settingsApi: ReturnType<typeof createSettingsApi>;
  private readonly searchApi: ReturnType<typeof createSearchApi>;
  private readonly suggestions: ReturnType<typeof createClaimSuggestionApi>;

  createHighlight: ResearchNotesApi['createHighlight'] = (args) => this.run(() => this.highlights.createHighlight(args));
  updateHighlight: ResearchNotesApi['updateHighlight'] = (args) => this.run(() => this.highlights.updateHighlight(args));
  deleteHighlight: ResearchNotesApi['deleteHighlight'] = (args) => this.run(() => this.highlights.deleteHighlight(args));
  restoreHighlight: ResearchNotesApi['restoreHighlight'] = (args) => this.run(() => this.highlights.restoreHighlight(args));

  listTags: ResearchNotesApi['listTags'] = (args) => this.run(() => this.tags.listTags(args));
  renameTag: ResearchNotesApi['renameTag'] = (args) => this.run(() => this.tags.renameTag(args));
  mergeTags: ResearchNotesApi['mergeTags'] = (args) => this.run(() => this.tags.mergeTags(args));
  deleteTag: ResearchNotesApi['deleteTag'] = (args) => this.run(() => this.tags.deleteTag(args));
  setTagColor: ResearchNotesApi['setTagColor'] = (args) => this.run(() => this.tags.setTagColor(args));
  tagHighlights: ResearchNotesApi['tagHighlights'] = (args) => this.run(() => this.tags.tagHighlights(args));
  setHighlightTags: ResearchNotesApi['setHighlightTags'] = (args) => this.run(() => this.tags.setHighlightTags(args));

  linkHighlights: ResearchNotesApi['linkHighlights'] = (args) => this.run(() => this.links.linkHighlights(args));
  unlinkHighlights: ResearchNotesApi['unlinkHighlights'] = (args) => this.run(() => this.links.unlinkHighlights(args));

  updateArticleMetadata: ResearchNotesApi['updateArticleMetadata'] = (args) =>
    this.run(async () => {
      // A copy: the article read may be the very object the correction changes in place.
      const before = { ...(await this.readArticle(args.articleId)).article };
      const summary = await this.articleNotes.updateArticleMetadata(args);
      const after = (await this.readArticle(args.articleId)).article;
      const changes = metadataChangesOf(before, after);
      if (changes !== null) await this.logCustody([{ ...custodyFieldsOf(after, 'metadata', this.settings.get().operatorName), changes }]);
      return summary;
    });
  updateArticleMemo: ResearchNotesApi['updateArticleMemo'] = (args) => this.run(() => this.articleNotes.updateArticleMemo(args));
  setArticleTags: ResearchNotesApi['setArticleTags'] = (args) => this.run(() => this.articleNotes.setArticleTags(args));
  setReadingPosition: ResearchNotesApi['setReadingPosition'] = (args) => this.run(() => this.articleNotes.setReadingPosition(args));

  getSettings: ResearchNotesApi['getSettings'] = (args) => this.run(() => this.settingsApi.getSettings(args));
  updateSettings: ResearchNotesApi['updateSettings'] = (args) => this.run(() => this.settingsApi.updateSettings(args));

  search: ResearchNotesApi['search'] = (args) => this.run(() => this.searchApi.search(args));
  queryHighlights: ResearchNotesApi['queryHighlights'] = (args) => this.run(() => this.searchApi.queryHighlights(args));
  listSavedFilters: ResearchNotesApi['listSavedFilters'] = (args) => this.run(() => this.searchApi.listSavedFilters(args));
  saveFilter: ResearchNotesApi['saveFilter'] = (args) => this.run(() => this.searchApi.saveFilter(args));
  deleteSavedFilter: ResearchNotesApi['deleteSavedFilter'] = (args) => this.run(() => this.searchApi.deleteSavedFilter(args));
  listClaimants: ResearchNotesApi['listClaimants'] = (args) => this.run(() => this.searchApi.listClaimants(args));

  listClaimSuggestions: ResearchNotesApi['listClaimSuggestions'] = (args) => this.run(() => this.suggestions.listClaimSuggestions(args));
  acceptClaimSuggestion: ResearchNotesApi['acceptClaimSuggestion'] = (args) => this.run(() => this.suggestions.acceptClaimSuggestion(args));
  dismissClaimSuggestion: ResearchNotesApi['dismissClaimSuggestion'] = (args) => this.run(() => this.suggestions.dismissClaimSuggestion(args));

  /** What the domain modules (core/library/*-api.ts) use of this service. */
  private annotationContext(): AnnotationContext {
    return {
      requireEntry: (id) => this.requireEntry(id),
      entries: () => this.index.values(),
      readArticle: (id) => this.readArticle(id),
      changeArticle: (id, change) => this.changeArticle(id, change),
      canonicalTagName: (key, ownTags) => this.index.canonicalTagName(key, ownTags),
      tagList: () => this.index.tagList(),
      wasDeleted: (highlight) => this.recentDeletions.holds(highlight),
      rememberDeleted: (highlight) => this.recentDeletions.remember(highlight),
      settings: this.settings,
      search: this.searchIndex,
    };
  }

  getLibraryInfo(): Promise<ApiResults['getLibraryInfo']> {
    return this.run(async () => ({ path: this.path, articleCount: this.index.size, notices: [...this.notices], readOnly: this.lock === null }));
  }

  listArticles(args: ApiArguments<'listArticles'> = {}): Promise<ApiResults['listArticles']> {
    return this.run(async () => selectArticles([...this.index.values()], args).map(toArticleSummary));
  }

  getArticle(args: ApiArguments<'getArticle'>): Promise<ApiResults['getArticle']> {
    return this.run(async () => {
      const file = await this.readArticle(args.id);
      // Copies, so a caller in this process cannot change the cached file behind the store's back.
      return { article: structuredClone(file.article), highlights: sortedHighlights(file) };
    });
  }

  async *readArticleFiles(ids: readonly string[]): AsyncGenerator<ArticleWithHighlights> {
    const files = this.articles.readFiles(ids, PARALLEL_BULK_READS);
    try {
      while (true) {
        // Each step tracked like a call, so close() waits for the read in progress (and refuses the next).
        const step = await this.run(() => files.next());
        if (step.done) return;
        const { id, file } = step.value;
        // Deleted since the caller listed it: left out, as a list taken a moment later would.
        if (!this.index.get(id)) continue;
        // A file that could not be read straight is read as getArticle reads it: restored from a
        // backup (its entry brought in line), or removed from the list and reported when lost.
        // A file read straight is the one every save keeps its entry in line with.
        const current = file ?? (await this.run(() => this.readArticle(id)));
        yield { article: current.article, highlights: current.highlights.sort(compareHighlightsByPosition) };
      }
    } finally {
      await files.return(undefined);
    }
  }

  importArticle(args: ApiArguments<'importArticle'>): Promise<ApiResults['importArticle']> {
    return this.run(async () => {
      const input = importInputFromArguments(args);
      const importing = args.importId === undefined ? null : this.importsUnderWay.begin(args.importId, importSubject(input));
      try {
        const options = { ...(args.ifDuplicate === undefined ? {} : { ifDuplicate: args.ifDuplicate }), ...(importing === null ? {} : { signal: importing.signal }) };
        return (await this.importNow(input, options)).article;
      } finally {
        importing?.end();
      }
    });
  }

  cancelImport(args: ApiArguments<'cancelImport'>): Promise<ApiResults['cancelImport']> {
    return this.run(async () => ({ cancelled: this.importsUnderWay.cancel(args.importId) }));
  }

  private readonly importsUnderWay = new ImportsUnderWay();

  importSource(input: WorkerImportInput, options: ImportSourceOptions = {}): Promise<ImportOutcome> {
    return this.run(() => this.importNow(input, options));
  }

  addImportedArticle(imported: ImportedDocument, options: StoreImportOptions = {}): Promise<ArticleSummary> {
    return this.run(async () => (await this.storeImported(imported, options)).article);
  }

  private async importNow(input: WorkerImportInput, options: ImportSourceOptions): Promise<ImportOutcome> {
    // Loaded on first import: the importers pull in HTML and document parsers that opening a
    // library, reading and highlighting never need. The import itself runs in a worker thread, so
    // a 50 MB page or a 300-page PDF never blocks the thread serving the UI.
    const { importInWorker } = await import('../import/import-in-worker.js');
    const { ifDuplicate, capture, ...importOptions } = options;
    const limits = { maxPdfPages: this.settings.get().maxPdfPages, ...options.limits };
    const imported = await importInWorker(input, { ...importOptions, limits });
    // Cancelled while the worker's answer was on its way: nothing is stored.
    throwIfCancelled(options.signal, importSubject(input));
    const fetched = input.url !== undefined && input.bytes === undefined && input.content === undefined;
    const origin = capture
      ? { kind: 'url' as const, url: capture.url }
      : fetched
      ? { kind: 'url' as const, url: imported.url ?? input.url! }
      : input.fileName?.trim()
        ? { kind: 'file' as const, fileName: input.fileName.trim() }
        : { kind: 'clipboard' as const };
    return this.storeImported(imported, { ...(ifDuplicate === undefined ? {} : { ifDuplicate }), origin, ...(fetched ? { requestedUrl: input.url! } : {}), ...(capture ? { capture } : {}) });
  }

  deleteArticle(args: ApiArguments<'deleteArticle'>): Promise<null> {
    return this.run(async () => {
      this.requireEntry(args.id);
      const gone = await this.articles.readIfPresent(args.id);
      const removed = gone?.highlights ?? [];
      // The journal first: a crash in between leaves a removed entry whose file the next open removes.
      await this.whileUnsettled(args.id, async () => {
        await this.index.remove(args.id);
        await this.articles.remove(args.id);
      });
      this.searchIndex.articleRemoved(args.id);
      if (gone) await this.logCustody([custodyFieldsOf(gone.article, 'delete', this.settings.get().operatorName)]);
      // After the article: a crash in between leaves a stray original, never an article without one.
      for (const kept of keptFilesOf(gone?.article)) {
        await this.originals.remove(kept).catch((error: unknown) => this.notices.push(`Could not remove the original ${kept}: ${messageOf(error)}.`));
      }
      // Links into other articles lose their other ends with it.
      for (const highlight of removed) await removeOtherLinkEnds(this.annotationContext(), highlight);
      return null;
    });
  }

  private readonly recentDeletions = new RecentDeletions();

  async close(): Promise<void> {
    if (this.closed) return;
    // The sync under way ends first: it reads and writes through this service.
    await (await this.teamService)?.close();
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    await this.backfill;
    await this.baseline;
    await this.custody.settled();
    await this.articles.settled();
    await this.settings.settled();
    // After losing the lock, the search index's markers are the new writer's to set.
    await this.searchIndex.close({ markClean: this.lock !== null && !this.lock.isLost });
    await this.compaction?.catch(() => undefined);
    try {
      if (this.lock !== null) {
        // An index rewritten only when the journal holds something: closing a library just read costs nothing.
        if (this.index.hasJournal) await this.index.compact();
        // Only now is the repaired index surely on disk and the notice surely shown.
        await this.repairMarker?.remove();
      }
    } finally {
      await this.index.close();
      await this.lock?.release();
    }
  }

  /** Runs one call, refusing it after close() and tracking it so close() can wait for it. */
  private run<R>(call: () => Promise<R>): Promise<R> {
    if (this.closed) return Promise.reject(new ApiError('LIBRARY_CLOSED', `The library ${this.path} has been closed; open it again to go on.`));
    const promise = call();
    this.inFlight.add(promise);
    const forget = (): void => void this.inFlight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /**
   * Reads an article; if its file turns out lost (damaged or missing, with no good backup), drops
   * it from the index so the list stops offering it, and tells the user. A file restored from a
   * backup may hold fewer highlights than the index says, so the entry is brought in line.
   */
  private async readArticle(id: string): Promise<ArticleFile> {
    const entry = this.requireEntry(id);
    const file = await this.articles.readIfPresent(id);
    if (file === null) {
      if (this.lock === null) this.index.removeInMemory(id);
      else await this.index.remove(id);
      const message = `The article "${entry.title}" could not be read: its file is damaged or missing and no backup could be restored. It was removed from the list.`;
      this.notices.push(message);
      throw new ApiError('LIBRARY_DAMAGED', message);
    }
    const fresh = indexEntryOf(file);
    if (!sameEntry(fresh, entry)) {
      // A read-only library cannot record it; the entry is corrected for this session.
      if (this.lock === null) this.index.setInMemory(fresh);
      else await this.index.put(fresh);
    }
    return file;
  }

  /** Stores an import (core/library/store-imported-document.ts); one at a time, so a duplicate is never missed by a concurrent import. */
  private storeImported(imported: ImportedDocument, options: StoreImportOptions): Promise<ImportOutcome> {
    const operator = options.operator ?? this.settings.get().operatorName;
    const stored = this.importTail.then(async () => {
      const outcome = await storeImportedDocument(this.importContext(), imported, { ...options, operator });
      const action = ({ imported: 'import', updated: 'update', recaptured: 'recapture' } as const)[outcome.action];
      // After the article is on disk: the log records what happened, never what was about to.
      await this.logCustody([custodyFieldsOf((await this.readArticle(outcome.article.id)).article, action, operator)]);
      return outcome;
    });
    this.importTail = stored.catch(() => undefined);
    return stored;
  }

  private importTail: Promise<unknown> = Promise.resolve();

  private importContext(): ImportStoreContext {
    return {
      entries: () => this.index.values(),
      readArticle: (id) => this.readArticle(id),
      createArticle: (file) => this.createArticle(file),
      changeArticle: (id, change) => this.changeArticle(id, change),
      articleTextChanged: (file) => this.searchIndex.articlePut(file),
      originals: this.originals,
      report: (notice) => this.notices.push(notice),
    };
  }

  private async createArticle(file: ArticleFile): Promise<void> {
    const id = file.article.id;
    await this.whileUnsettled(id, async () => {
      // The journal first: a crash before the file is written leaves an entry the next open drops.
      await this.index.put(indexEntryOf(file));
      try {
        await this.articles.create(file);
        this.searchIndex.articlePut(file);
      } catch (error) {
        // Nothing half-imported stays behind: forget the entry and remove whatever was written.
        await this.index.remove(id).catch(() => undefined);
        await this.articles.remove(id).catch(() => undefined);
        throw error;
      }
    });
    this.compactIfDue();
  }

  /**
   * Applies a change to one article's highlights. When its counts change, the new index entry is
   * journaled while the article's temporary file is written, and must be on disk before that file
   * is renamed into place (so a crash can leave the index ahead of the file, which the next open
   * corrects, never the file ahead of the index unnoticed). Resolves once the
   * article file is on disk; no other file is written, and library.json never.
   */
  private async changeArticle<R>(id: string, change: (file: ArticleFile) => R): Promise<R> {
    return this.whileUnsettled(id, async () => {
      let before: LibraryIndexEntry | undefined;
      let after: LibraryIndexEntry | undefined;
      let changed: ArticleFile | undefined;
      const { value, saved } = await this.articles.change(
        id,
        (file) => {
          // The article may have been deleted while this call waited for its turn.
          before = this.requireEntry(id);
          const result = change(file);
          changed = file;
          file.article.highlightCount = file.highlights.length;
          const entry = indexEntryOf(file);
          if (!sameEntry(entry, before)) after = entry;
          return result;
        },
        async () => {
          if (after) await this.index.put(after);
        },
      );
      try {
        await saved;
      } catch (error) {
        // The file kept its old content: put the entry back as it was (if that fails too, the next open corrects it).
        if (after && before && this.index.get(id) === after) await this.index.put(before).catch(() => undefined);
        throw error;
      }
      // After the JSON is on disk: the index is derived and must never be ahead of the truth.
      if (changed) this.searchIndex.highlightsChanged(changed);
      this.compactIfDue();
      return value;
    });
  }

  /** Runs `work` with `id` listed as unsettled, so a compaction meanwhile records it for the check after a crash. */
  private async whileUnsettled<R>(id: string, work: () => Promise<R>): Promise<R> {
    // Every write of the library's files passes here: the search index must know it may fall behind.
    this.searchIndex.beforeChange();
    this.unsettled.set(id, (this.unsettled.get(id) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const left = (this.unsettled.get(id) ?? 1) - 1;
      if (left === 0) this.unsettled.delete(id);
      else this.unsettled.set(id, left);
      this.afterWrite?.();
    }
  }

  private compactIfDue(): void {
    if (!this.index.wantsCompaction || this.closed) return;
    const compaction = this.index.compact({ unsettled: () => [...this.unsettled.keys()] });
    this.compaction = compaction;
    // A failed compaction leaves the journal as it was, which is still correct; the next one retries.
    compaction.catch((error: unknown) => this.notices.push(`Could not rewrite the library index: ${messageOf(error)}`));
  }

  private requireEntry(id: string): LibraryIndexEntry {
    const entry = this.index.get(id);
    if (!entry) throw new ApiError('NOT_FOUND', `There is no article with id ${id} in the library.`);
    return entry;
  }

  /** The app's whole-library Markdown folder export (core/export-files/folder-export-runner.ts). */
  private folderExports: FolderExportRunner | null = null;

  exportMarkdownFolder(args: ApiArguments<'exportMarkdownFolder'>): Promise<ApiResults['exportMarkdownFolder']> {
    // Loaded on first use: opening a library never pays for the exporter's modules.
    return this.run(async () => (await this.folderExportRunner()).run(args));
  }

  folderExportProgress(): Promise<ApiResults['folderExportProgress']> {
    return this.run(async () => this.folderExports?.progress() ?? null);
  }

  cancelFolderExport(): Promise<null> {
    return this.run(async () => {
      this.folderExports?.cancel();
      return null;
    });
  }

  startClipperPairing(): Promise<ApiResults['startClipperPairing']> {
    return this.run(async () => {
      if (this.lock === null) throw new ApiError('LIBRARY_READ_ONLY', `The library ${this.path} is open read-only: no clipper can send pages to it.`);
      return (await this.captureDesk()).offerPairing();
    });
  }

  listCaptures(): Promise<ApiResults['listCaptures']> {
    return this.run(async () => (this.desk === null ? [] : (await this.desk).recent()));
  }

  private desk: Promise<CaptureDesk> | null = null;

  verifyArticle(args: ApiArguments<'verifyArticle'>): Promise<ApiResults['verifyArticle']> {
    return this.run(async () => {
      this.requireEntry(args.id);
      await this.custody.settled();
      return verifyLibrary(this.path, { articleId: args.id });
    });
  }

  articleChanges(args: ApiArguments<'articleChanges'>): Promise<ApiResults['articleChanges']> {
    return this.run(async () => captureChangesOf(await this.readArticle(args.id)));
  }

  applyTeamChanges(changes: readonly TeamChange[]): Promise<TeamApplyResult> {
    return this.run(() =>
      applyTeamChanges(
        {
          has: (id) => this.index.get(id) !== undefined,
          readArticle: (id) => this.readArticle(id),
          createArticle: (file) => this.createArticle(file),
          changeArticle: (id, change) => this.changeArticle(id, change),
          deleteArticle: async (id) => void (await this.deleteArticle({ id })),
          articleArrived: async (file, isNew) => {
            this.searchIndex.articlePut(file);
            await this.logCustody([custodyFieldsOf(file.article, isNew ? 'import' : 'update', this.settings.get().operatorName)]);
          },
        },
        changes,
      ),
    );
  }

  readKeptFile(relativePath: string): Promise<Uint8Array> {
    return this.run(async () => {
      const file = this.originals.pathOf(relativePath);
      if (file === null) throw new BugError(`Not a kept file's path: ${JSON.stringify(relativePath)}.`);
      return fs.readFile(file);
    });
  }

  keepTeamFile(articleId: string, sha256: string, fetch: () => Promise<Uint8Array>): Promise<KeepTeamFileResult> {
    return this.run(() =>
      keepTeamFile(
        { has: (id) => this.index.get(id) !== undefined, readArticle: (id) => this.readArticle(id), changeArticle: (id, change) => this.changeArticle(id, change), originals: this.originals },
        articleId,
        sha256,
        fetch,
      ),
    );
  }

  private teamService: Promise<TeamSyncService> | null = null;
  /** Told after every write of the library's files (the team sync sends edits soon after they are made). */
  private afterWrite: (() => void) | null = null;

  /** The team side, loaded on first use (PouchDB is not loaded by commands that never need it). */
  private team(): Promise<TeamSyncService> {
    this.teamService ??= import('../team/team-sync-service.js').then(({ TeamSyncService: Service }) => {
      const service = new Service(this, { ...this.teamOptions, analyst: () => this.settings.get().operatorName });
      this.afterWrite = () => service.noteLocalChange();
      return service;
    });
    return this.teamService;
  }

  /** Starts the background team sync when this library joined a team and its password is kept (the Electron app, at start). */
  startTeamSync(): Promise<void> {
    return this.run(async () => (this.lock === null ? undefined : (await this.team()).start()));
  }

  getTeamStatus(): Promise<ApiResults['getTeamStatus']> {
    return this.run(async () => {
      // The window asks every few seconds: a library in no team answers without loading PouchDB.
      if (this.teamService === null && (await readMembership(this.path)) === null) return { joined: false };
      return (await this.team()).status();
    });
  }

  joinTeam(args: ApiArguments<'joinTeam'>): Promise<ApiResults['joinTeam']> {
    return this.run(async () => {
      this.requireWritable('join a team library');
      return (await this.team()).join({ url: args.url.replace(/\/+$/, ''), username: args.username }, args.password);
    });
  }

  signInToTeam(args: ApiArguments<'signInToTeam'>): Promise<ApiResults['signInToTeam']> {
    return this.run(async () => {
      this.requireWritable('sync with a team library');
      return (await this.team()).signIn(args.password);
    });
  }

  leaveTeam(): Promise<ApiResults['leaveTeam']> {
    return this.run(async () => {
      this.requireWritable('leave a team library');
      return (await this.team()).leave();
    });
  }

  syncTeamNow(): Promise<ApiResults['syncTeamNow']> {
    return this.run(async () => {
      this.requireWritable('sync with a team library');
      return (await this.team()).syncNow();
    });
  }

  resolveTeamConflict(args: ApiArguments<'resolveTeamConflict'>): Promise<ApiResults['resolveTeamConflict']> {
    return this.run(async () => {
      this.requireWritable('resolve a conflict');
      return (await this.team()).resolve(args.documentId, args.rev, args.merge);
    });
  }

  teamAuthorship(args: ApiArguments<'teamAuthorship'>): Promise<ApiResults['teamAuthorship']> {
    return this.run(async () => (await this.team()).authorship(args.articleId));
  }

  listDeletedTeamHighlights(args: ApiArguments<'listDeletedTeamHighlights'>): Promise<ApiResults['listDeletedTeamHighlights']> {
    return this.run(async () => {
      const present = new Set((await this.readArticle(args.articleId)).highlights.map((highlight) => highlight.id));
      return (await this.team()).deletedHighlights(args.articleId, present);
    });
  }

  private requireWritable(what: string): void {
    if (this.lock === null) throw new ApiError('LIBRARY_READ_ONLY', `The library ${this.path} is open read-only: it cannot ${what}.`);
  }

  capturedPage(id: string): Promise<CapturedPage> {
    return this.run(async () => readCapturedPage((await this.readArticle(id)).article, (relativePath) => this.originals.pathOf(relativePath)));
  }

  captureDesk(): Promise<CaptureDesk> {
    this.desk ??= ClipperPairings.open(new LibraryLayout(this.path).clippersPath).then((pairings) => new CaptureDesk(this, pairings));
    return this.desk;
  }

  private async folderExportRunner(): Promise<FolderExportRunner> {
    const { FolderExportRunner: Runner } = await import('../export-files/folder-export-runner.js');
    this.folderExports ??= new Runner(this);
    return this.folderExports;
  }

  /** One export file, built through this service's own calls (core/export/build-export-file.ts). */
  exportLibrary(args: ApiArguments<'exportLibrary'>): Promise<ApiResults['exportLibrary']> {
    // Through run like every call, so close() waits for an export under way.
    return this.run(() => buildExportFile(this, args));
  }
}

function sameEntry(a: LibraryIndexEntry, b: LibraryIndexEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sortedHighlights(file: ArticleFile): Highlight[] {
  return structuredClone(file.highlights).sort(compareHighlightsByPosition);
}
