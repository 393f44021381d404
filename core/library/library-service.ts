import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { Low } from 'lowdb';
import { ApiError } from '../api/api-error.js';
import type { ApiArguments, ApiResults, ResearchNotesApi } from '../api/contract.js';
import { docToText } from '../document/doc-text.js';
import { formatArticleMarkdown } from '../export/article-markdown.js';
import { markdownFileName } from '../export/markdown-file-name.js';
import type { ImportedDocument } from '../import/imported-document.js';
import type { ArticleSummary } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import { ArticleStore } from '../store/article-store.js';
import { AtomicJsonFile } from '../store/atomic-json-file.js';
import { LibraryLayout } from '../store/library-layout.js';
import { emptyLibraryIndex, libraryIndexSchema, type LibraryIndex, type LibraryIndexEntry } from '../store/library-index-schema.js';
import { assertTargetFitsText } from './assert-target-fits-text.js';
import { collectLibraryTags } from './collect-library-tags.js';
import { compareHighlightsByPosition } from './compare-highlights-by-position.js';
import { contentHash } from './content-hash.js';
import { importInputFromArguments } from './import-input-from-arguments.js';
import { normalizeTags } from './normalize-tags.js';
import { refreshIndexEntry } from './refresh-index-entry.js';
import { selectTags } from './select-tags.js';
import { tagKey } from './tag-key.js';
import { toArticleSummary } from './to-article-summary.js';

/** A library folder opened for use: the whole API, plus what the shells that own it need. */
export interface LibraryService extends ResearchNotesApi {
  /** The library folder (absolute). */
  readonly path: string;
  /** Stores an imported document as a new article; the step of importArticle after importing. */
  addImportedArticle(imported: ImportedDocument): Promise<ArticleSummary>;
  /** Waits for every call in progress and every pending write; later calls are refused. */
  close(): Promise<void>;
}

/** Opens (creating it on first use) the library in `folder`; LIBRARY_DAMAGED if its index is damaged. */
export async function openLibrary(folder: string): Promise<LibraryService> {
  const layout = new LibraryLayout(folder);
  try {
    await fs.mkdir(layout.articlesFolder, { recursive: true });
  } catch (error) {
    throw new ApiError('STORAGE_FAILED', `Could not create the library folder ${layout.folder}: ${(error as Error).message}.`, { cause: error });
  }
  const indexFile = new AtomicJsonFile(layout.indexPath, libraryIndexSchema);
  // Repair (restoring a damaged index from its backup, adopting orphaned article files) slots in
  // here, before the index is trusted; it would report what it did through `notices`.
  const stored = await indexFile.read();
  const index = new Low<LibraryIndex>(indexFile, stored ?? emptyLibraryIndex());
  if (stored === null) await index.write();
  return new Library(layout.folder, index, indexFile, new ArticleStore(layout), []);
}

class Library implements LibraryService {
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    readonly path: string,
    private readonly index: Low<LibraryIndex>,
    private readonly indexFile: AtomicJsonFile<LibraryIndex>,
    private readonly articles: ArticleStore,
    private readonly notices: string[],
  ) {}

  getLibraryInfo(): Promise<ApiResults['getLibraryInfo']> {
    return this.run(async () => ({ path: this.path, articleCount: this.index.data.articles.length, notices: [...this.notices] }));
  }

  listArticles(): Promise<ApiResults['listArticles']> {
    return this.run(async () => {
      const order = this.index.data.articles.map((entry, position) => ({ entry, position }));
      // Newest import first; among imports in the same millisecond, the later one added first.
      order.sort((a, b) => b.entry.importedAt.localeCompare(a.entry.importedAt) || b.position - a.position);
      return order.map(({ entry }) => toArticleSummary(entry));
    });
  }

  getArticle(args: ApiArguments<'getArticle'>): Promise<ApiResults['getArticle']> {
    return this.run(async () => {
      this.requireEntry(args.id);
      const file = await this.articles.read(args.id);
      // Copies, so a caller in this process cannot change the cached file behind the store's back.
      return { article: structuredClone(file.article), highlights: sortedHighlights(file) };
    });
  }

  importArticle(args: ApiArguments<'importArticle'>): Promise<ApiResults['importArticle']> {
    return this.run(async () => {
      const input = importInputFromArguments(args);
      // Loaded on first import: the importers pull in HTML and document parsers that opening a
      // library, reading and highlighting never need.
      const { importDocument } = await import('../import/import-document.js');
      const imported = await importDocument(input);
      return this.storeImported(imported);
    });
  }

  addImportedArticle(imported: ImportedDocument): Promise<ArticleSummary> {
    return this.run(() => this.storeImported(imported));
  }

  deleteArticle(args: ApiArguments<'deleteArticle'>): Promise<null> {
    return this.run(async () => {
      const entries = this.index.data.articles;
      const entry = this.requireEntry(args.id);
      const position = entries.indexOf(entry);
      entries.splice(position, 1);
      // Index first: a crash in between leaves an unlisted file (recoverable), never a listed article without its file.
      try {
        await this.index.write();
      } catch (error) {
        entries.splice(position, 0, entry);
        throw error;
      }
      await this.articles.remove(args.id);
      return null;
    });
  }

  createHighlight(args: ApiArguments<'createHighlight'>): Promise<Highlight> {
    return this.run(async () => {
      this.requireEntry(args.articleId);
      return this.changeArticle(args.articleId, (file) => {
        assertTargetFitsText(args.target, file.article.text);
        const now = new Date().toISOString();
        const { quote, position } = args.target;
        const highlight: Highlight = {
          id: randomUUID(),
          articleId: args.articleId,
          target: {
            quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
            position: { type: 'TextPositionSelector', start: position.start, end: position.end },
          },
          claimant: args.claimant ?? '',
          tags: normalizeTags(args.tags ?? [], this.canonicalTagNames()),
          note: args.note ?? '',
          color: args.color ?? 'yellow',
          createdAt: now,
          updatedAt: now,
        };
        file.highlights.push(highlight);
        return structuredClone(highlight);
      });
    });
  }

  updateHighlight(args: ApiArguments<'updateHighlight'>): Promise<Highlight> {
    return this.run(async () => {
      this.requireEntry(args.articleId);
      return this.changeArticle(args.articleId, (file) => {
        const highlight = requireHighlight(file, args.id);
        const { patch } = args;
        // Computed before any field changes: a failure must leave the highlight as it was.
        const tags = patch.tags === undefined ? highlight.tags : normalizeTags(patch.tags, this.canonicalTagNames(highlight.tags));
        if (patch.claimant !== undefined) highlight.claimant = patch.claimant;
        if (patch.note !== undefined) highlight.note = patch.note;
        if (patch.color !== undefined) highlight.color = patch.color;
        highlight.tags = tags;
        highlight.updatedAt = new Date().toISOString();
        return structuredClone(highlight);
      });
    });
  }

  deleteHighlight(args: ApiArguments<'deleteHighlight'>): Promise<null> {
    return this.run(async () => {
      this.requireEntry(args.articleId);
      return this.changeArticle(args.articleId, (file) => {
        file.highlights.splice(file.highlights.indexOf(requireHighlight(file, args.id)), 1);
        return null;
      });
    });
  }

  listTags(args: ApiArguments<'listTags'>): Promise<ApiResults['listTags']> {
    return this.run(async () => selectTags(collectLibraryTags(this.index.data.articles).values(), args.prefix, args.limit));
  }

  exportArticleMarkdown(args: ApiArguments<'exportArticleMarkdown'>): Promise<ApiResults['exportArticleMarkdown']> {
    return this.run(async () => {
      this.requireEntry(args.articleId);
      const file = await this.articles.read(args.articleId);
      const article = structuredClone(file.article);
      return { fileName: markdownFileName(toArticleSummary(article)), markdown: formatArticleMarkdown(article, sortedHighlights(file)) };
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    await this.articles.settled();
    await this.indexFile.settled();
  }

  /** Runs one call, refusing it after close() and tracking it so close() can wait for it. */
  private run<R>(call: () => Promise<R>): Promise<R> {
    if (this.closed) return Promise.reject(new ApiError('INTERNAL', `The library ${this.path} has been closed.`));
    const promise = call();
    this.inFlight.add(promise);
    const forget = (): void => void this.inFlight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  private async storeImported(imported: ImportedDocument): Promise<ArticleSummary> {
    // Highlights anchor to `text`; stored text that is not the document's would misplace every one.
    if (docToText(imported.doc) !== imported.text) {
      throw new ApiError('INTERNAL', `The importer produced text that does not match its document for "${imported.title}".`);
    }
    const summary: ArticleSummary = {
      id: randomUUID(),
      title: imported.title,
      byline: imported.byline,
      siteName: imported.siteName,
      url: imported.url,
      publishedTime: imported.publishedTime,
      lang: imported.lang,
      dir: imported.dir,
      importedAt: new Date().toISOString(),
      contentHash: contentHash(imported.text),
      source: imported.source,
      highlightCount: 0,
    };
    // The article file first: a crash before the index is saved leaves an unlisted file, never a listed article without its file.
    await this.articles.create({ schemaVersion: 1, article: { ...summary, text: imported.text, doc: imported.doc }, highlights: [] });
    const entry: LibraryIndexEntry = { ...summary, tags: [] };
    this.index.data.articles.push(entry);
    try {
      await this.index.write();
    } catch (error) {
      // Nothing half-imported stays behind: forget the entry and remove the file already written.
      const entries = this.index.data.articles;
      const position = entries.indexOf(entry);
      if (position >= 0) entries.splice(position, 1);
      await this.articles.remove(summary.id).catch(() => undefined);
      throw error;
    }
    return summary;
  }

  /**
   * Applies a change to one article's highlights, then brings its index entry up to date; waits
   * until the article file (and the index, if its counts changed) are on disk. Other article
   * files are never written.
   */
  private async changeArticle<R>(id: string, change: (file: ArticleFile) => R): Promise<R> {
    const { value, saved } = await this.articles.change(id, (file) => {
      // The article may have been deleted while this call waited for its turn.
      const entry = this.requireEntry(id);
      const result = change(file);
      file.article.highlightCount = file.highlights.length;
      const indexSaved = refreshIndexEntry(entry, file) ? this.index.write() : Promise.resolve();
      return { result, indexSaved };
    });
    await Promise.all([saved, value.indexSaved]);
    return value.result;
  }

  /**
   * The library's spelling of each tag, keyed by lower-cased name. `ownTags` are the tags of the
   * highlight being edited: left out, so a tag used only there can still change its casing.
   */
  private canonicalTagNames(ownTags: readonly string[] = []): (key: string) => string | undefined {
    const tags = collectLibraryTags(this.index.data.articles);
    for (const name of ownTags) {
      const key = tagKey(name);
      const tag = tags.get(key);
      if (tag && --tag.count === 0) tags.delete(key);
    }
    return (key) => tags.get(key)?.name;
  }

  private requireEntry(id: string): LibraryIndexEntry {
    const entry = this.index.data.articles.find((candidate) => candidate.id === id);
    if (!entry) throw new ApiError('NOT_FOUND', `There is no article with id ${id} in the library.`);
    return entry;
  }
}

function requireHighlight(file: ArticleFile, id: string): Highlight {
  const highlight = file.highlights.find((candidate) => candidate.id === id);
  if (!highlight) throw new ApiError('NOT_FOUND', `There is no highlight with id ${id} in article ${file.article.id}.`);
  return highlight;
}

function sortedHighlights(file: ArticleFile): Highlight[] {
  return structuredClone(file.highlights).sort(compareHighlightsByPosition);
}
