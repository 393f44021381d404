import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, messageOf } from '../api/api-error.js';
import { formatArticleMarkdown } from '../export/article-markdown.js';
import type { ExportSource } from '../export/build-export-file.js';
import { matchesExportFilter, type ExportFilter } from '../export/export-filter.js';
import type { CancelSignal, ExportProgress } from '../model/export-progress.js';
import { highlightBlockId } from '../export/highlight-block-id.js';
import { formatLibraryIndexMarkdown } from '../export/library-index-markdown.js';
import { planMarkdownFileNames } from '../export/plan-markdown-file-names.js';
import { readColorLegend } from '../export/read-color-legend.js';
import { splitKeptNotes } from '../export/split-kept-notes.js';
import { throwIfExportCancelled } from '../export/throw-if-export-cancelled.js';
import type { ArticleWithHighlights } from '../api/contract.js';
import type { ArticleSummary } from '../model/article.js';
import { readNoteIdentity } from './read-note-identity.js';
import { syncFolder } from '../store/sync-folder.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { EXPORT_MANIFEST_FILE, formatExportManifest, type ManifestFile } from '../export/export-manifest.js';
import { createHash } from 'node:crypto';

/**
 * Articles read, formatted and written at once: enough to overlap reading article files with
 * fsyncs of notes, few enough that memory holds only a handful of articles.
 */
const PARALLEL_ARTICLES = 16;
const INDEX_FILE = 'index.md';

/** What a folder export reads from: the API, and the library service's bulk read when it is one. */
export type MarkdownFolderSource = ExportSource & {
  readArticleFiles?(ids: readonly string[]): AsyncGenerator<ArticleWithHighlights>;
};

/** How a folder export is done. */
export interface MarkdownFolderOptions extends ExportFilter {
  /** The highlight block template (core/export/highlight-template.ts). */
  template?: string | undefined;
  signal?: CancelSignal | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
}

/** What a folder export did. */
export interface MarkdownFolderResult {
  folder: string;
  /** Notes written (new or changed), including index.md. */
  written: number;
  /** Notes already up to date, left untouched. */
  unchanged: number;
  /** Notes moved to a new name because their article's title changed (what the user wrote moves with them). */
  renamed: number;
  /** Articles exported. */
  articles: number;
}

/** A note of ours found in the folder before exporting. */
interface ExistingNote {
  fileName: string;
  content: string;
}

/**
 * Exports the library into a folder of Markdown notes for Obsidian: one note per article (named
 * by title, safe on every platform, clashes resolved by short id) and index.md linking them.
 * Re-exporting rewrites only notes whose content changed, keeps what the user wrote below each
 * note's marker line (even when the note moves to a new name), and never overwrites a file it
 * did not write. Each note is written atomically; index.md last, so a cancelled or failed export
 * leaves the previous index. Cancelling throws CANCELLED.
 */
export async function exportMarkdownFolder(api: MarkdownFolderSource, folder: string, options: MarkdownFolderOptions = {}): Promise<MarkdownFolderResult> {
  const root = path.resolve(folder);
  try {
    await mkdir(root, { recursive: true });
  } catch (error) {
    throw new ApiError('STORAGE_FAILED', `Could not create the export folder ${root}: ${messageOf(error)}.`, { cause: error });
  }
  const { byId, foreign } = await scanFolder(root);
  const summaries = await api.listArticles({});
  // Which article's note each existing name holds, so one article never takes another's file.
  const ownerOf = new Map([...byId].map(([id, note]) => [fileKey(note.fileName), id]));
  const names = planMarkdownFileNames(summaries, (fileName, articleId) => {
    const key = fileKey(fileName);
    const owner = ownerOf.get(key);
    return foreign.has(key) || (owner !== undefined && owner !== articleId);
  });
  const legend = await readColorLegend(api);
  const filter: ExportFilter = { tag: options.tag, claimant: options.claimant };
  const isFiltered = Boolean(filter.tag?.trim() || filter.claimant?.trim());
  const stemOf = (articleId: string): string | null => names.get(articleId)?.slice(0, -'.md'.length) ?? null;
  const result: MarkdownFolderResult = { folder: root, written: 0, unchanged: 0, renamed: 0, articles: 0 };
  const exported: ArticleSummary[] = [];
  const manifest: ManifestFile[] = [];
  let done = 0;
  options.onProgress?.({ done, total: summaries.length });

  const exportOne = async (summary: ArticleSummary, { article, highlights }: ArticleWithHighlights): Promise<void> => {
    const kept = isFiltered ? highlights.filter((highlight) => matchesExportFilter(highlight, filter)) : highlights;
    if (!isFiltered || kept.length > 0) {
      const fileName = names.get(article.id)!;
      const previous = byId.get(article.id);
      const keptNotes = previous ? (splitKeptNotes(previous.content) ?? '') : '';
      const content = formatArticleMarkdown(article, kept, {
        legend,
        template: options.template,
        keptNotes,
        linkToHighlight: (ref) => {
          const stem = stemOf(ref.articleId);
          return stem === null ? null : `${stem}#^${highlightBlockId(ref.highlightId)}`;
        },
      });
      const isSameFile = previous !== undefined && fileKey(previous.fileName) === fileKey(fileName);
      if (isSameFile && previous.fileName === fileName && previous.content === content) {
        result.unchanged += 1;
      } else {
        // A note is made again from the library by the next export, except what the user wrote in it:
        // only notes carrying that pay for an fsync (10,000 fsyncs would cost most of a minute).
        await writeFileAtomic(path.join(root, fileName), content, { durable: keptNotes.trim() !== '' });
        result.written += 1;
        // On a case-insensitive disk the rename above already replaced the note under its old spelling.
        if (previous !== undefined && !isSameFile) {
          await rm(path.join(root, previous.fileName), { force: true });
          result.renamed += 1;
        }
      }
      exported.push(summary);
      manifest.push({ path: fileName, sha256: sha256(content), articleId: article.id, ...(article.originalSha256 ? { originalSha256: article.originalSha256 } : {}) });
      result.articles += 1;
    }
    done += 1;
    options.onProgress?.({ done, total: summaries.length });
  };

  try {
    const articles = readArticles(api, summaries);
    const worker = async (): Promise<void> => {
      // An async generator answers next() calls one after another, so the workers share it safely.
      for (let step = await articles.next(); !step.done; step = await articles.next()) {
        throwIfExportCancelled(options.signal);
        await exportOne(step.value.summary, step.value.read);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(PARALLEL_ARTICLES, summaries.length) }, worker));
    } finally {
      await articles.return(undefined);
    }
    throwIfExportCancelled(options.signal);
    // In the library's order (newest first), whatever order the workers finished in.
    const order = new Map(summaries.map((summary, position) => [summary.id, position]));
    exported.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const index = formatLibraryIndexMarkdown(exported.map((article) => ({ article, noteStem: stemOf(article.id)! })));
    const indexPath = path.join(root, INDEX_FILE);
    const previousIndex = await readFile(indexPath, 'utf8').catch(() => null);
    if (previousIndex !== index) {
      await writeFileAtomic(indexPath, index);
      result.written += 1;
    }
    // Last: it lists what the folder holds now. Rewritten each time (it carries the export's time).
    manifest.push({ path: INDEX_FILE, sha256: sha256(index) });
    await writeFileAtomic(path.join(root, EXPORT_MANIFEST_FILE), formatExportManifest(manifest, new Date().toISOString()));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('STORAGE_FAILED', `Could not write the Markdown export in ${root}: ${messageOf(error)}.`, { cause: error });
  } finally {
    // Whatever was written, make its renames durable.
    await syncFolder(root).catch(() => undefined);
  }
  return result;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The articles to export in the list's order: through the library's bulk read when the source
 * has one (about ten times cheaper than getArticle per article), else one getArticle at a time.
 */
async function* readArticles(api: MarkdownFolderSource, summaries: readonly ArticleSummary[]): AsyncGenerator<{ summary: ArticleSummary; read: ArticleWithHighlights }> {
  if (api.readArticleFiles) {
    const byId = new Map(summaries.map((summary) => [summary.id, summary]));
    for await (const read of api.readArticleFiles(summaries.map((summary) => summary.id))) yield { summary: byId.get(read.article.id)!, read };
    return;
  }
  for (const summary of summaries) yield { summary, read: await api.getArticle({ id: summary.id }) };
}

/** Our notes in the folder by article id, and the names of files we did not write (never overwritten). */
async function scanFolder(root: string): Promise<{ byId: Map<string, ExistingNote>; foreign: Set<string> }> {
  const byId = new Map<string, ExistingNote>();
  const foreign = new Set<string>();
  const notes: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.name === INDEX_FILE) continue;
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) notes.push(entry.name);
    else foreign.add(fileKey(entry.name));
  }
  for (let start = 0; start < notes.length; start += PARALLEL_ARTICLES) {
    const batch = notes.slice(start, start + PARALLEL_ARTICLES);
    const contents = await Promise.all(batch.map((name) => readFile(path.join(root, name), 'utf8')));
    batch.forEach((fileName, position) => {
      const content = contents[position]!;
      const id = readNoteIdentity(content);
      // A second note with the same id is a copy the user made: theirs, not ours to rewrite.
      if (id === null || byId.has(id)) foreign.add(fileKey(fileName));
      else byId.set(id, { fileName, content });
    });
  }
  return { byId, foreign };
}

/** How a case-insensitive, normalising file system (APFS, NTFS) compares names. */
function fileKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
