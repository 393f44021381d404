import { Low } from 'lowdb';
import { ApiError, messageOf } from '../api/api-error.js';
import { AtomicJsonFile } from './atomic-json-file.js';
import { ARTICLE_FILE_VERSIONING, articleFileSchema, type ArticleFile } from './article-file-schema.js';
import { BackupSlots } from './backup-slots.js';
import { KeyedLock } from './keyed-lock.js';
import type { LibraryLayout } from './library-layout.js';
import { restoreFromBackup } from './restore-from-backup.js';
import { timeStepSync } from './step-timings.js';
import type { WriteGuard } from './write-guard.js';

/**
 * How many article files stay parsed in memory. A library may hold 10,000 articles of up to a few
 * megabytes each; the ones being read and annotated right now are few.
 */
const CACHED_ARTICLES = 32;

/** The outcome of a change: what the change returned, and a promise that settles once it is on disk. */
export interface ArticleChange<R> {
  value: R;
  saved: Promise<void>;
}

/**
 * The article files of a library: loads them on demand (keeping the recently used ones parsed),
 * and applies changes one at a time per article, so concurrent edits of one article never lose
 * each other. Writing one article never touches another article's file. A damaged or missing file
 * is moved aside and restored from its newest good backup; `report` tells the user.
 */
export class ArticleStore {
  private readonly layout: LibraryLayout;
  private readonly report: (notice: string) => void;
  private readonly lock = new KeyedLock();
  // One adapter per file for the life of the store: its write queue is what orders saves.
  private readonly files = new Map<string, AtomicJsonFile<ArticleFile>>();
  private readonly cache = new Map<string, Low<ArticleFile>>();
  /** Reads (migrates, validates) any article file for readFiles; never writes. */
  private readonly bulkReader: AtomicJsonFile<ArticleFile>;

  private readonly guard: WriteGuard | undefined;
  private readonly readOnly: boolean;

  constructor(layout: LibraryLayout, report: (notice: string) => void, options: { guard?: WriteGuard; readOnly?: boolean } = {}) {
    this.layout = layout;
    this.report = report;
    this.guard = options.guard;
    this.readOnly = options.readOnly ?? false;
    // readCopy() names the file to read; the adapter's own path is never read or written.
    this.bulkReader = new AtomicJsonFile(layout.articlesFolder, articleFileSchema, { versioning: ARTICLE_FILE_VERSIONING });
  }

  /** One article file's content (repaired from a backup if need be), or null when there is none at all. */
  readIfPresent(id: string): Promise<ArticleFile | null> {
    return this.lock.run(id, async () => (await this.load(id))?.data ?? null);
  }

  /**
   * The articles of `ids` in that order, for a bulk reader (a whole-library export), `parallel`
   * files read at a time: each parsed and validated straight from its file, without the cache or
   * the per-article lock, so reading 10,000 articles neither evicts the ones being edited nor
   * copies each one (the caller owns what it gets). An article in the cache is copied from there
   * (it may hold a save still on its way to disk). `file` is null when the file could not be
   * read straight (damaged, missing, holding another article): the caller then reads it the
   * normal way, which repairs it from a backup and reports it.
   */
  async *readFiles(ids: readonly string[], parallel: number): AsyncGenerator<{ id: string; file: ArticleFile | null }> {
    const readOne = async (id: string): Promise<{ id: string; file: ArticleFile | null }> => {
      const cached = this.cache.get(id);
      if (cached) return { id, file: structuredClone(cached.data) };
      const file = await this.bulkReader.readCopy(this.layout.articlePath(id)).catch(() => null);
      return { id, file: file !== null && file.article.id === id ? file : null };
    };
    // A window of reads in flight, yielded in order: the caller's work on one overlaps the next reads.
    const window: Promise<{ id: string; file: ArticleFile | null }>[] = [];
    let next = 0;
    const fill = (): void => {
      while (window.length < parallel && next < ids.length) {
        const read = readOne(ids[next++]!);
        // Awaited in turn below; this only keeps a failure ahead of its turn from being unhandled.
        read.catch(() => undefined);
        window.push(read);
      }
    };
    fill();
    while (window.length > 0) {
      const result = await window.shift()!;
      fill();
      yield result;
    }
  }

  /**
   * Applies `change` to the article file (synchronously, on the one in-memory copy) and starts
   * saving it; `beforeRename` (the index journal) runs alongside the write of the temporary file
   * and must succeed before the new content replaces the old, so a crash never leaves the file
   * ahead of the index without a trace. If anything fails, the in-memory copy is dropped so the
   * next read sees the file as it is on disk.
   */
  change<R>(id: string, change: (file: ArticleFile) => R, beforeRename: (value: R) => Promise<void>): Promise<ArticleChange<R>> {
    return this.lock.run(id, async () => {
      const db = await this.load(id);
      if (db === null) {
        throw new ApiError('LIBRARY_DAMAGED', `The library file ${this.layout.articlePath(id)} is missing and has no backup to restore; the article is lost.`);
      }
      let value: R;
      try {
        value = timeStepSync('change in memory + index entry', () => change(db.data));
      } catch (error) {
        this.forget(id, db);
        throw error;
      }
      const saved = this.fileOf(id).writeAfter(db.data, beforeRename(value));
      // If the save fails, what is in memory is not what is on disk; read the file again next time.
      saved.catch(() => this.forget(id, db));
      return { value, saved };
    });
  }

  /** Writes a new article file; resolves once it is on disk. */
  create(file: ArticleFile): Promise<void> {
    const id = file.article.id;
    return this.lock.run(id, async () => {
      const db = new Low(this.fileOf(id), file);
      await db.write();
      this.remember(id, db);
    });
  }

  /** Removes an article file and its backups; resolves once the removal is on disk. */
  remove(id: string): Promise<void> {
    return this.lock.run(id, async () => {
      this.cache.delete(id);
      await this.guard?.();
      await this.fileOf(id).remove();
      await this.backupsOf(id).removeAll();
      this.files.delete(id);
    });
  }

  /** Resolves when every save started so far has finished. */
  async settled(): Promise<void> {
    await Promise.all([...this.files.values()].map((file) => file.settled()));
  }

  private async load(id: string): Promise<Low<ArticleFile> | null> {
    const cached = this.cache.get(id);
    if (cached) {
      this.remember(id, cached);
      return cached;
    }
    const file = this.fileOf(id);
    const data = await restoreFromBackup(
      file,
      this.backupsOf(id),
      this.report,
      (content) => (content.article.id === id ? null : `it holds article ${content.article.id}, not ${id}`),
      this.readOnly,
    );
    if (data === null) return null;
    const db = new Low(file, data);
    this.remember(id, db);
    return db;
  }

  private forget(id: string, db: Low<ArticleFile>): void {
    if (this.cache.get(id) === db) this.cache.delete(id);
  }

  private remember(id: string, db: Low<ArticleFile>): void {
    // A Map iterates in insertion order, so re-inserting makes it the most recently used.
    this.cache.delete(id);
    this.cache.set(id, db);
    if (this.cache.size > CACHED_ARTICLES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private backupsOf(id: string): BackupSlots {
    return new BackupSlots(this.layout.articlePath(id), this.layout.articleBackupsFolder);
  }

  private fileOf(id: string): AtomicJsonFile<ArticleFile> {
    let file = this.files.get(id);
    if (!file) {
      file = new AtomicJsonFile(this.layout.articlePath(id), articleFileSchema, {
        versioning: ARTICLE_FILE_VERSIONING,
        backups: this.backupsOf(id),
        onBackupError: (error) => this.report(`Could not keep a backup of ${this.layout.articlePath(id)}: ${messageOf(error)}.`),
        ...(this.guard ? { guard: this.guard } : {}),
      });
      this.files.set(id, file);
    }
    return file;
  }
}
