import fs from 'node:fs/promises';
import { timeStepSync } from '../store/step-timings.js';
import path from 'node:path';
import { claimDate } from '../rules/claim-date.js';
import type { Highlight } from '../model/highlight.js';
import type { HighlightFilter } from '../model/highlight-filter.js';
import type { SearchHit } from '../model/search-hit.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import { buildMatchQuery } from './build-match-query.js';
import { loadSqlite } from './load-sqlite.js';
import { matchesHighlightFilter } from './matches-highlight-filter.js';
import { scanSearch, type ScannedArticle } from './scan-search.js';
import { SearchDatabase, type SearchRow } from './search-database.js';
import { SEARCH_INDEX_VERSION } from './search-schema.js';
import { splitSnippet } from './split-snippet.js';
import { messageOf } from '../api/api-error.js';

/** The index file, beside library.json; derived, so deleting it only costs a rebuild. */
export const SEARCH_INDEX_FILE_NAME = 'search.sqlite';

/** Articles read (and then indexed in one transaction) at a time while rebuilding: keeps each pause of the event loop short. */
const REBUILD_BATCH = 16;

/**
 * How long after open a needed rebuild starts by itself (a search or claims query starts it at
 * once): a command-line call that opens, reads and closes the library never pays for it.
 */
const REBUILD_DELAY_MS = 3_000;

/** Where the index reads the truth from: the library's article files. */
export interface SearchSource {
  /** The ids of every article in the library now. */
  articleIds(): string[];
  /** One article file, or null when it is gone. */
  readArticle(id: string): Promise<ArticleFile | null>;
}

/** What opening the index needs. */
export interface SearchIndexOptions {
  folder: string;
  /** The library's identity (settings.json): an index recorded for another library is rebuilt. */
  libraryId: string;
  source: SearchSource;
  /** Tells the user something (getLibraryInfo().notices). */
  report: (notice: string) => void;
  /** The library is open read-only: the index file is neither written nor trusted; search scans the article files. */
  readOnly?: boolean;
}

/** A page of the claims view, before article summaries are attached. */
export interface HighlightPage {
  total: number;
  highlights: Highlight[];
}

/**
 * Full-text search and the claims view, answered from `<library>/search.sqlite` (SQLite FTS5), a
 * derived index the JSON files can always rebuild. Kept in sync by the library service calling
 * the `article…`/`highlights…` methods after each JSON write succeeded. At open it is rebuilt in
 * the background when missing, damaged, of another version or library, incomplete, or left dirty
 * by a crash (the dirty marker is set at open and cleared at a clean close); until that finishes,
 * answers cover the articles indexed so far. Without SQLite it scans the article files.
 */
export class SearchIndex {
  private rebuilding: Promise<void> = Promise.resolve();
  /** Starts a rebuild that is due but not started yet; null when none is due. */
  private pendingRebuild: (() => void) | null = null;
  /** Articles changed by the service during a rebuild: already current, so the rebuild skips them. */
  private readonly touched = new Set<string>();
  private isClosing = false;
  private isConsistent = true;
  /** Set while a rebuild is due or running: closing then must leave the dirty marker set. */
  private needsRebuild = false;
  /** Why the index was last rebuilt (null: it was trusted as it was); for tests and diagnostics. */
  rebuildReason: string | null = null;
  /**
   * Whether this session has set the dirty marker. Set before the first change, not at open: it
   * costs an fsync (10-130 ms measured) that opening a library to read it need not wait for.
   */
  private isMarkedDirty = false;
  /** Changes waiting for the next turn of the event loop (see update). */
  private readonly queued: ((db: SearchDatabase) => void)[] = [];

  private constructor(
    private db: SearchDatabase | null,
    private readonly options: SearchIndexOptions,
  ) {}

  /** Opens the index and starts its rebuild in the background if it needs one; never fails the library's opening. */
  static async open(options: SearchIndexOptions): Promise<SearchIndex> {
    if (options.readOnly) return new SearchIndex(null, options);
    const loaded = await loadSqlite();
    if ('error' in loaded) {
      options.report(`Fast search is unavailable (${loaded.error}); search and the claims view read every article instead, which is slow in a large library.`);
      return new SearchIndex(null, options);
    }
    const filePath = path.join(options.folder, SEARCH_INDEX_FILE_NAME);
    let db: SearchDatabase;
    let staleReason: string | null;
    try {
      db = SearchDatabase.open(loaded.Database, filePath);
      staleReason = whyStale(db, options);
    } catch (error) {
      // Damaged beyond SQLite's reading: it is derived, so start a new one.
      await Promise.all(['', '-wal', '-shm'].map((suffix) => fs.rm(filePath + suffix, { force: true })));
      try {
        db = SearchDatabase.open(loaded.Database, filePath);
      } catch (again) {
        options.report(`The search index ${filePath} could not be created (${messageOf(again)}); search reads every article instead, which is slow.`);
        return new SearchIndex(null, options);
      }
      staleReason = `it was damaged (${messageOf(error)})`;
    }
    const index = new SearchIndex(db, options);
    // A library without articles has nothing to read: the (emptied) index is complete as it is.
    if (staleReason !== null && options.source.articleIds().length === 0) {
      await index.rebuild([]);
      staleReason = null;
    }
    if (staleReason !== null) index.scheduleRebuild(staleReason, staleReason.startsWith('it was damaged'));
    return index;
  }

  /** Whether the index answers from SQLite (false: the slow scan). */
  get isFast(): boolean {
    return this.db !== null;
  }

  /** Resolves when a rebuild in progress has finished (at once if none is). */
  whenRebuilt(): Promise<void> {
    this.pendingRebuild?.();
    return this.rebuilding;
  }

  /**
   * Call before the library writes a change to its files: sets the dirty marker durably (once per
   * session), so a crash after that write but before the index caught up is found at the next
   * open. Cleared at a clean close.
   */
  beforeChange(): void {
    if (this.isMarkedDirty || this.db === null) return;
    this.isMarkedDirty = true;
    try {
      this.db.setMeta('dirty', '1', true);
    } catch (error) {
      this.markInconsistent(`The search index could not be marked as being changed (${messageOf(error)}); it will be rebuilt when the library is next opened.`);
    }
  }

  /** An article was imported (or must be indexed anew): its text and highlights. */
  articlePut(file: ArticleFile): void {
    // Highlights are copied as saved (see highlightsChanged); the article is kept by reference, as
    // copying its text on every import would cost more than a stale title for one event-loop turn.
    const { article } = file;
    const highlights = structuredClone(file.highlights);
    this.update(article.id, (db) => db.putArticle(article, highlights));
  }

  /** An article's title or date changed. */
  articleInfoChanged(id: string, title: string, publishedTime: string | null): void {
    this.update(id, (db) => db.updateArticleInfo(id, title, publishedTime));
  }

  /** An article's highlights changed. */
  highlightsChanged(file: ArticleFile): void {
    // A copy as saved: the store's cached file may change again before the queued update runs,
    // and the index must never hold a change that is not on disk yet.
    const { article } = file;
    const highlights = structuredClone(file.highlights);
    this.update(article.id, (db) => {
      // Not indexed yet (imported during a rebuild that failed to index it): index it whole.
      if (!db.replaceHighlights(article.id, highlights)) db.putArticle(article, highlights);
    });
  }

  /** An article was deleted. */
  articleRemoved(id: string): void {
    this.update(id, (db) => db.removeArticle(id));
  }

  /** Articles and highlights matching what the user typed, best first, with plain-text snippets. */
  async search(query: string, limit: number): Promise<SearchHit[]> {
    this.applyQueued();
    this.pendingRebuild?.();
    const match = buildMatchQuery(query);
    if (match === null) return [];
    if (this.db === null) return scanSearch(this.scan(), query, limit);
    const rows = [...this.db.searchArticles(match, limit), ...this.db.searchHighlights(match, limit)];
    // bm25 from two tables is not strictly comparable, but both are relevance on one query's terms: merging by it interleaves sensibly.
    rows.sort((a, b) => a.rank - b.rank);
    return rows.slice(0, limit).map(toSearchHit);
  }

  /** A page of the highlights matching a filter, newest claim first. */
  async queryHighlights(filter: HighlightFilter, limit: number, offset: number): Promise<HighlightPage> {
    this.applyQueued();
    this.pendingRebuild?.();
    if (this.db !== null) return this.db.queryHighlights(filter, limit, offset);
    const found: { highlight: Highlight; day: string | null; title: string }[] = [];
    for await (const article of this.scanFiles()) {
      for (const highlight of article.highlights) {
        if (matchesHighlightFilter(highlight, article.article.publishedTime, filter)) {
          found.push({ highlight, day: claimDate(highlight, article.article.publishedTime), title: article.article.title });
        }
      }
    }
    found.sort(
      (a, b) =>
        (a.day === null ? 1 : 0) - (b.day === null ? 1 : 0) ||
        (b.day ?? '').localeCompare(a.day ?? '') ||
        a.title.localeCompare(b.title) ||
        a.highlight.articleId.localeCompare(b.highlight.articleId) ||
        a.highlight.target.position.start - b.highlight.target.position.start,
    );
    return { total: found.length, highlights: found.slice(offset, offset + limit).map((item) => item.highlight) };
  }

  /**
   * Stops a rebuild, records a clean state if the index is complete (and `markClean` allows it:
   * not when another process may have written the library meanwhile), and closes the file.
   */
  async close(options: { markClean?: boolean } = {}): Promise<void> {
    this.isClosing = true;
    this.pendingRebuild?.();
    await this.rebuilding;
    this.applyQueued();
    if (this.db === null) return;
    // A session that changed nothing leaves the marker as it found it, and costs no fsync.
    if (options.markClean !== false && this.isConsistent && !this.needsRebuild && this.db.meta('dirty') !== '0') this.db.setMeta('dirty', '0', true);
    this.db.close();
    this.db = null;
  }

  /**
   * Queues a change of the index. It is applied on the next turn of the event loop, off the reply
   * path of the save that caused it (the save is acknowledged once its JSON is on disk; the index
   * is derived), and always before the index is read or closed, so a search never misses a save.
   */
  private update(id: string, change: (db: SearchDatabase) => void): void {
    if (this.db === null) return;
    // Normally done by the library before its write; here for callers that change the index alone.
    this.beforeChange();
    this.touched.add(id);
    this.queued.push(change);
    if (this.queued.length === 1) setImmediate(() => this.applyQueued());
  }

  /** Applies every queued change, in order. */
  private applyQueued(): void {
    const changes = this.queued.splice(0);
    if (this.db === null || changes.length === 0) return;
    timeStepSync('search index update (next turn)', () => this.apply(changes));
  }

  private apply(changes: readonly ((db: SearchDatabase) => void)[]): void {
    for (const change of changes) {
      try {
        change(this.db!);
      } catch (error) {
        // The save itself succeeded (the JSON is the truth): the user keeps the change, and the
        // index is marked incomplete so the next open rebuilds it.
        this.markInconsistent(`The search index could not be updated (${messageOf(error)}); it will be rebuilt when the library is next opened.`);
      }
    }
  }

  private markInconsistent(notice: string): void {
    if (this.isConsistent) this.options.report(notice);
    this.isConsistent = false;
    try {
      this.db?.setMeta('complete', '0');
    } catch {
      // The dirty marker set at open still forces the rebuild.
    }
  }

  private scheduleRebuild(reason: string, isWorthANotice: boolean): void {
    this.needsRebuild = true;
    const start = (): void => {
      clearTimeout(timer);
      this.pendingRebuild = null;
      if (!this.isClosing) this.startRebuild(reason, isWorthANotice);
    };
    const timer = setTimeout(start, REBUILD_DELAY_MS);
    timer.unref();
    this.pendingRebuild = start;
  }

  private startRebuild(reason: string, isWorthANotice: boolean): void {
    this.rebuildReason = reason;
    const ids = this.options.source.articleIds();
    // A rebuild after a crash, an upgrade or on first use is routine upkeep of a derived file, not news.
    if (ids.length > 0 && isWorthANotice) {
      this.options.report(`The search index is being rebuilt from the article files because ${reason}; until it finishes, search and the claims view may miss articles.`);
    }
    this.rebuilding = this.rebuild(ids).catch((error: unknown) => {
      this.markInconsistent(`Rebuilding the search index failed (${messageOf(error)}); it will be tried again when the library is next opened.`);
    });
  }

  private async rebuild(ids: readonly string[]): Promise<void> {
    const db = this.db!;
    this.touched.clear();
    db.setMeta('complete', '0');
    db.clear();
    for (let start = 0; start < ids.length; start += REBUILD_BATCH) {
      if (this.isClosing) return;
      const files = await Promise.all(ids.slice(start, start + REBUILD_BATCH).map((id) => this.options.source.readArticle(id).catch(() => null)));
      if (this.isClosing) return;
      db.transaction(() => {
        for (const file of files) if (file && !this.touched.has(file.article.id)) db.putArticle(file.article, file.highlights);
      });
    }
    db.transaction(() => {
      db.setMeta('version', String(SEARCH_INDEX_VERSION));
      db.setMeta('library', this.options.libraryId);
      db.setMeta('complete', '1');
    });
    this.needsRebuild = false;
  }

  private async *scanFiles(): AsyncGenerator<ArticleFile> {
    for (const id of this.options.source.articleIds()) {
      const file = await this.options.source.readArticle(id).catch(() => null);
      if (file) yield file;
    }
  }

  private async *scan(): AsyncGenerator<ScannedArticle> {
    for await (const file of this.scanFiles()) yield { id: file.article.id, title: file.article.title, text: file.article.text, highlights: file.highlights };
  }
}

/** Why an index cannot be trusted as it is, or null. */
function whyStale(db: SearchDatabase, options: SearchIndexOptions): string | null {
  if (db.meta('version') !== String(SEARCH_INDEX_VERSION)) return db.meta('version') === null ? 'it did not exist yet' : 'it was made by another version of Research Notes';
  if (db.meta('library') !== options.libraryId) return 'it belongs to another library';
  if (db.meta('complete') !== '1') return 'its last rebuild did not finish';
  if (db.meta('dirty') !== '0') return 'the library was not closed cleanly last time';
  if (db.articleCount() !== options.source.articleIds().length) return 'it does not list the same articles as the library';
  return null;
}

function toSearchHit(row: SearchRow): SearchHit {
  return {
    kind: row.highlightId === null ? 'article' : 'highlight',
    articleId: row.articleId,
    highlightId: row.highlightId,
    title: row.title,
    snippet: splitSnippet(row.snippet),
    // FTS5's bm25 is lower-is-better (negative); the contract's score is higher-is-better.
    score: -row.rank,
  };
}
