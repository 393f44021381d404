import { Low } from 'lowdb';
import { ApiError } from '../api/api-error.js';
import { AtomicJsonFile } from './atomic-json-file.js';
import { articleFileSchema, type ArticleFile } from './article-file-schema.js';
import { KeyedLock } from './keyed-lock.js';
import type { LibraryLayout } from './library-layout.js';

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
 * each other. Writing one article never touches another article's file.
 */
export class ArticleStore {
  private readonly layout: LibraryLayout;
  private readonly lock = new KeyedLock();
  // One adapter per file for the life of the store: its write queue is what orders saves.
  private readonly files = new Map<string, AtomicJsonFile<ArticleFile>>();
  private readonly cache = new Map<string, Low<ArticleFile>>();

  constructor(layout: LibraryLayout) {
    this.layout = layout;
  }

  /** One article file's content. The index knows the article, so a missing file is damage. */
  read(id: string): Promise<ArticleFile> {
    return this.lock.run(id, async () => (await this.load(id)).data);
  }

  /**
   * Applies `change` to the article file (synchronously, on the one in-memory copy) and starts
   * saving it. If `change` throws, nothing is saved and the file in memory must be unchanged.
   */
  change<R>(id: string, change: (file: ArticleFile) => R): Promise<ArticleChange<R>> {
    return this.lock.run(id, async () => {
      const db = await this.load(id);
      const value = change(db.data);
      const saved = db.write();
      // If the save fails, what is in memory is not what is on disk; read the file again next time.
      saved.catch(() => {
        if (this.cache.get(id) === db) this.cache.delete(id);
      });
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

  /** Removes an article file; resolves once the removal is on disk. */
  remove(id: string): Promise<void> {
    return this.lock.run(id, async () => {
      this.cache.delete(id);
      await this.fileOf(id).remove();
      this.files.delete(id);
    });
  }

  /** Resolves when every save started so far has finished. */
  async settled(): Promise<void> {
    await Promise.all([...this.files.values()].map((file) => file.settled()));
  }

  private async load(id: string): Promise<Low<ArticleFile>> {
    const cached = this.cache.get(id);
    if (cached) {
      this.remember(id, cached);
      return cached;
    }
    const file = this.fileOf(id);
    const data = await file.read();
    if (data === null) {
      throw new ApiError(
        'LIBRARY_DAMAGED',
        `The library file ${file.filePath} is missing, though the library index lists the article. Restore it from a backup.`,
      );
    }
    if (data.article.id !== id) {
      throw new ApiError(
        'LIBRARY_DAMAGED',
        `The library file ${file.filePath} is damaged: it holds article ${data.article.id}, not ${id}. Restore it from a backup.`,
      );
    }
    const db = new Low(file, data);
    this.remember(id, db);
    return db;
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

  private fileOf(id: string): AtomicJsonFile<ArticleFile> {
    let file = this.files.get(id);
    if (!file) {
      file = new AtomicJsonFile(this.layout.articlePath(id), articleFileSchema);
      this.files.set(id, file);
    }
    return file;
  }
}
