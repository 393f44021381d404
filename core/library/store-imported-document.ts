import { createHash, randomUUID } from 'node:crypto';
import { ApiError, BugError, messageOf } from '../api/api-error.js';
import { docToText } from '../document/doc-text.js';
import type { ImportedDocument } from '../import/imported-document.js';
import type { ImportOrigin } from '../model/article.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import type { LibraryIndexEntry } from '../store/library-index-schema.js';
import type { OriginalFiles } from '../store/original-files.js';
import { APP_TOOL } from '../model/app-version.js';
import type { Article } from '../model/article.js';
import type { ArticleVersion } from '../model/article-version.js';
import { applyReimport } from './apply-reimport.js';
import { articleProvenance, guessImportOrigin } from './article-provenance.js';
import { contentHash } from './content-hash.js';
import { findDuplicateEntry } from './find-duplicate-entry.js';
import type { ImportOutcome, StoreImportOptions } from './import-outcome.js';
import { toArticleSummary } from './to-article-summary.js';

/** What storing an import needs of the library service. */
export interface ImportStoreContext {
  entries(): Iterable<LibraryIndexEntry>;
  readArticle(id: string): Promise<ArticleFile>;
  /** Lists and writes a new article file (and indexes it for search); leaves nothing behind when it fails. */
  createArticle(file: ArticleFile): Promise<void>;
  /** Changes one article file, saves it and brings the library index up to date. */
  changeArticle<R>(id: string, change: (file: ArticleFile) => R): Promise<R>;
  /** Tells the search index that an article's text changed. */
  articleTextChanged(file: ArticleFile): void;
  originals: OriginalFiles;
  /** Tells the user something that went wrong after the import itself succeeded. */
  report(notice: string): void;
}

/**
 * Stores an imported document: its original first (so a listed article always has it), then the
 * article. When the library already holds the same URL or the same original bytes, `ifDuplicate`
 * decides: 'ask' throws IMPORT_DUPLICATE naming the article as `"Title" (id ID)`, 'update'
 * replaces that article in place (applyReimport), 'recapture' does so keeping what it was as an
 * earlier version, 'keep-both' stores a new one. Callers run one
 * at a time, so two imports of one page cannot both miss each other.
 */
export async function storeImportedDocument(context: ImportStoreContext, imported: ImportedDocument, options: StoreImportOptions): Promise<ImportOutcome> {
  // Highlights anchor to `text`; stored text that is not the document's would misplace every one.
  if (docToText(imported.doc) !== imported.text) {
    throw new BugError(`The importer produced text that does not match its document for "${imported.title}".`);
  }
  const origin = options.origin ?? guessImportOrigin(imported);
  const ifDuplicate = options.ifDuplicate ?? 'ask';
  const sha256 = imported.originalSha256 ?? (imported.original ? createHash('sha256').update(imported.original.bytes).digest('hex') : undefined);
  const urls = [options.requestedUrl, imported.url, imported.canonicalUrl];
  // A re-capture is of the same address; the same bytes elsewhere are another page.
  const duplicate =
    ifDuplicate === 'keep-both' ? null : findDuplicateEntry(context.entries(), { urls, originalSha256: ifDuplicate === 'recapture' ? undefined : sha256 });
  if (duplicate !== null && ifDuplicate === 'ask') {
    const same = sha256 !== undefined && duplicate.originalSha256 === sha256 ? 'content' : 'address';
    throw new ApiError(
      'IMPORT_DUPLICATE',
      `${describeOrigin(origin)} is already in the library as "${duplicate.title}" (id ${duplicate.id}): it has the same ${same}. Update that article, or keep both.`,
      // The UI asks about the article by its title (and can open it); the message is for the command line.
      { article: { id: duplicate.id, title: duplicate.title } },
    );
  }
  const id = duplicate?.id ?? randomUUID();
  const originalPath = imported.original && sha256 ? await context.originals.write(id, imported.original, sha256) : null;
  const provenance = articleProvenance({ ...imported, ...(sha256 === undefined ? {} : { originalSha256: sha256 }) }, origin, originalPath);
  const now = new Date().toISOString();
  const evidence: Pick<Article, 'capturedAt' | 'finalUrl' | 'tool' | 'operator'> = {
    capturedAt: options.capture?.capturedAt ?? now,
    finalUrl: options.capture?.url ?? (origin.kind === 'url' ? imported.url : null),
    // A clipped page passed through two programs: the one that saw it, and the one that stored it.
    tool: options.capture ? `${options.capture.tool}; ${APP_TOOL}` : APP_TOOL,
    operator: options.operator ?? '',
  };
  if (duplicate === null) {
    const file: ArticleFile = {
      schemaVersion: 1,
      article: {
        id,
        title: imported.title,
        byline: imported.byline,
        siteName: imported.siteName,
        url: imported.url,
        publishedTime: imported.publishedTime,
        lang: imported.lang,
        dir: imported.dir,
        importedAt: now,
        contentHash: contentHash(imported.text),
        source: imported.source,
        highlightCount: 0,
        text: imported.text,
        doc: imported.doc,
        ...provenance,
        ...evidence,
      },
      highlights: [],
    };
    try {
      await context.createArticle(file);
    } catch (error) {
      await context.originals.remove(originalPath ?? undefined).catch(() => undefined);
      throw error;
    }
    return { article: toArticleSummary(file.article), action: 'imported', anchored: 0, orphaned: 0 };
  }
  const before = (await context.readArticle(id)).article;
  const previousPath = before.originalPath;
  // Earlier captures' pages are never removed here (the same bytes captured twice share one file).
  const versionPaths = new Set((before.previousVersions ?? []).map((version) => version.originalPath));
  let result;
  try {
    result = await context.changeArticle(id, (file) => {
      const version = ifDuplicate === 'recapture' ? versionOf(file.article, now) : null;
      const count = applyReimport(file, imported, provenance, now);
      if (version !== null) file.article.previousVersions = [...(file.article.previousVersions ?? []), { ...version, anchors: count.statuses }];
      Object.assign(file.article, evidence);
      file.article.highlightCount = file.highlights.length;
      return { ...count, article: toArticleSummary(file.article) };
    });
  } catch (error) {
    // The article keeps its old text and original; only a new file written for it goes.
    if (originalPath !== null && originalPath !== previousPath && !versionPaths.has(originalPath)) await context.originals.remove(originalPath).catch(() => undefined);
    throw error;
  }
  context.articleTextChanged(await context.readArticle(id));
  // An earlier capture's page stays, as evidence of what it said.
  if (ifDuplicate !== 'recapture' && previousPath !== undefined && previousPath !== originalPath && !versionPaths.has(previousPath)) {
    await context.originals.remove(previousPath).catch((error: unknown) => context.report(`Could not remove the replaced original ${previousPath}: ${messageOf(error)}.`));
  }
  return { article: result.article, action: ifDuplicate === 'recapture' ? 'recaptured' : 'updated', anchored: result.anchored, orphaned: result.orphaned };
}

/** What an article was, kept as an earlier version when a new capture replaces it (its anchors are added after). */
function versionOf(article: Article, replacedAt: string): Omit<ArticleVersion, 'anchors'> {
  return {
    title: article.title,
    url: article.url,
    finalUrl: article.finalUrl ?? null,
    capturedAt: article.capturedAt ?? article.importedAt,
    tool: article.tool ?? APP_TOOL,
    operator: article.operator ?? '',
    replacedAt,
    text: article.text,
    contentHash: article.contentHash,
    ...(article.originalPath === undefined ? {} : { originalPath: article.originalPath }),
    ...(article.originalSha256 === undefined ? {} : { originalSha256: article.originalSha256 }),
  };
}

/** How a message names what was imported. */
function describeOrigin(origin: ImportOrigin): string {
  if (origin.kind === 'file') return `The file "${origin.fileName}"`;
  if (origin.kind === 'url') return `The page ${origin.url}`;
  return 'The pasted text';
}
