import { ApiError } from '../api/api-error.js';
import type { ArticleWithHighlights, ResearchNotesApi } from '../api/contract.js';
import type { ArticleMarkdownOptions } from './article-markdown.js';
import { formatArticleMarkdown } from './article-markdown.js';
import { collectLibraryBackup } from './collect-library-backup.js';
import type { ExportFilter } from './export-filter.js';
import type { ExportedFile, ExportFormat } from '../model/export-format.js';
import type { CancelSignal, ExportProgress } from '../model/export-progress.js';
import { highlightBlockId } from './highlight-block-id.js';
import { formatHighlightCollectionMarkdown } from './highlight-collection-markdown.js';
import { formatHighlightsCsv } from './highlights-csv.js';
import { markdownFileName } from './markdown-file-name.js';
import { planMarkdownFileNames } from './plan-markdown-file-names.js';
import { readColorLegend } from './read-color-legend.js';
import { readExportArticles } from './read-export-articles.js';
import { readFilteredArticles, readSavedFilterArticles } from './read-saved-filter-articles.js';
import { describeHighlightFilter } from './describe-highlight-filter.js';
import type { HighlightFilter } from '../model/highlight-filter.js';
import { formatWebAnnotationCollection } from './web-annotation-collection.js';

/** What to export as one file. */
export interface ExportFileRequest extends ExportFilter {
  format: ExportFormat;
  articleId?: string | undefined;
  /** The name of a saved claims filter: only its highlights (not with articleId, tag or claimant). */
  savedFilter?: string | undefined;
  /** A claims filter (the claims view's): only the highlights it matches (md, jsonld or csv; alone). */
  claimsFilter?: HighlightFilter | undefined;
  /** The highlight block template for Markdown (highlight-template.ts). */
  template?: string | undefined;
  signal?: CancelSignal | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
}

/** The API calls an export reads. */
export type ExportSource = Pick<ResearchNotesApi, 'listArticles' | 'getArticle' | 'listTags'> &
  Partial<Pick<ResearchNotesApi, 'getSettings' | 'listSavedFilters' | 'queryHighlights'>>;

/**
 * Builds a one-file export through the API (shared by the UI, with progress and cancel, and the
 * Node side): Markdown of one article (or the highlights of one tag or claimant across the
 * library), a JSON backup, Web Annotations or CSV of one article or the library, filtered by tag
 * and claimant; Markdown, Web Annotations or CSV of a saved claims filter's highlights. The whole library as Markdown is a folder (core/export-files), not one file.
 */
export async function buildExportFile(api: ExportSource, request: ExportFileRequest): Promise<ExportedFile> {
  const filter: ExportFilter = { tag: request.tag, claimant: request.claimant };
  const read = { articleId: request.articleId, filter, signal: request.signal, onProgress: request.onProgress };
  if (request.savedFilter !== undefined) return buildSavedFilterFile(api, request, request.savedFilter);
  if (request.claimsFilter !== undefined) return buildClaimsFile(api, request, request.claimsFilter);
  switch (request.format) {
    case 'json': {
      if (request.tag || request.claimant) {
        throw new ApiError('INVALID_ARGUMENT', 'A JSON backup holds whole articles; it cannot be filtered by tag or claimant.');
      }
      const backup = await collectLibraryBackup(api, read);
      return { fileName: `research-notes-backup-${backup.exportedAt.slice(0, 10)}.json`, content: `${JSON.stringify(backup, null, 1)}\n`, mediaType: 'application/json' };
    }
    case 'jsonld': {
      const articles = await collect(api, read);
      const subject = describeSubject(request, articles);
      const collection = formatWebAnnotationCollection(articles, {
        id: `urn:research-notes:collection:${encodeURIComponent(subject.id)}`,
        label: `Research Notes: ${subject.label}`,
        legend: await readColorLegend(api),
      });
      return { fileName: `${subject.stem}.jsonld`, content: `${JSON.stringify(collection, null, 1)}\n`, mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' };
    }
    case 'csv': {
      const articles = await collect(api, read);
      return { fileName: `${describeSubject(request, articles).stem}.csv`, content: formatHighlightsCsv(articles, await readColorLegend(api)), mediaType: 'text/csv; charset=utf-8' };
    }
    case 'md':
      return buildMarkdownFile(api, request, read);
  }
}

async function buildMarkdownFile(api: ExportSource, request: ExportFileRequest, read: Parameters<typeof readExportArticles>[1]): Promise<ExportedFile> {
  const names = planMarkdownFileNames(await api.listArticles({}));
  const stemOf = (articleId: string): string | null => names.get(articleId)?.slice(0, -'.md'.length) ?? null;
  if (request.articleId !== undefined) {
    const [entry] = await collect(api, read);
    const { article, highlights } = entry ?? (await api.getArticle({ id: request.articleId }));
    const options: ArticleMarkdownOptions = {
      legend: await readColorLegend(api),
      template: request.template,
      linkToHighlight: (ref) => {
        const stem = stemOf(ref.articleId);
        return stem === null ? null : `${stem}#^${highlightBlockId(ref.highlightId)}`;
      },
    };
    // A filter that matches nothing still gives the article's note, without highlights.
    const kept = entry ? highlights : [];
    return { fileName: names.get(article.id) ?? markdownFileName(article), content: formatArticleMarkdown(article, kept, options), mediaType: 'text/markdown; charset=utf-8' };
  }
  const subject = request.tag?.trim() ? { kind: 'tag' as const, name: request.tag.trim() } : request.claimant?.trim() ? { kind: 'claimant' as const, name: request.claimant.trim() } : null;
  if (subject === null) {
    throw new ApiError('INVALID_ARGUMENT', 'Markdown of the whole library is a folder of notes: export it from the command line or the desktop app, or pick an article, a tag or a claimant.');
  }
  const articles = await collect(api, read);
  const content = formatHighlightCollectionMarkdown(
    subject,
    articles.map(({ article, highlights }) => ({ article, highlights, noteStem: stemOf(article.id) ?? markdownFileName(article).slice(0, -'.md'.length) })),
  );
  const title = `${subject.kind === 'tag' ? 'Tag' : 'Claimant'} ${subject.name}`;
  return { fileName: markdownFileName({ title }), content, mediaType: 'text/markdown; charset=utf-8' };
}

/** A saved filter's highlights as a Markdown collection, Web Annotations or CSV. */
async function buildSavedFilterFile(api: ExportSource, request: ExportFileRequest, filterName: string): Promise<ExportedFile> {
  if (request.articleId !== undefined || request.tag?.trim() || request.claimant?.trim()) {
    throw new ApiError('INVALID_ARGUMENT', 'A saved filter already says which highlights to export; leave out the article, tag and claimant.');
  }
  if (request.format === 'json') {
    throw new ApiError('INVALID_ARGUMENT', 'A JSON backup holds whole articles; it cannot be limited to a saved filter.');
  }
  const { saved, articles } = await readSavedFilterArticles(api, filterName, request);
  const label = `saved filter ${saved.name.trim()}`;
  const stem = markdownFileName({ title: `research-notes ${label}` }).slice(0, -'.md'.length);
  if (request.format === 'csv') return { fileName: `${stem}.csv`, content: formatHighlightsCsv(articles, await readColorLegend(api)), mediaType: 'text/csv; charset=utf-8' };
  if (request.format === 'jsonld') {
    const collection = formatWebAnnotationCollection(articles, {
      id: `urn:research-notes:collection:filter:${encodeURIComponent(saved.id)}`,
      label: `Research Notes: ${label}`,
      legend: await readColorLegend(api),
    });
    return { fileName: `${stem}.jsonld`, content: `${JSON.stringify(collection, null, 1)}\n`, mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' };
  }
  const names = planMarkdownFileNames(await api.listArticles({}));
  const content = formatHighlightCollectionMarkdown(
    { kind: 'filter', name: saved.name.trim() },
    articles.map(({ article, highlights }) => ({ article, highlights, noteStem: names.get(article.id)?.slice(0, -'.md'.length) ?? markdownFileName(article).slice(0, -'.md'.length) })),
  );
  return { fileName: markdownFileName({ title: `Saved filter ${saved.name.trim()}` }), content, mediaType: 'text/markdown; charset=utf-8' };
}

/** The claims a claims-view filter shows, as a Markdown collection, Web Annotations or CSV. */
async function buildClaimsFile(api: ExportSource, request: ExportFileRequest, filter: HighlightFilter): Promise<ExportedFile> {
  if (request.articleId !== undefined || request.tag?.trim() || request.claimant?.trim()) {
    throw new ApiError('INVALID_ARGUMENT', 'A claims filter already says which highlights to export; leave out the article, tag and claimant.');
  }
  if (request.format === 'json') throw new ApiError('INVALID_ARGUMENT', 'A JSON backup holds whole articles; it cannot be limited to the claims shown.');
  const articles = await readFilteredArticles(api, filter, request);
  const words = describeHighlightFilter(filter);
  const stem = markdownFileName({ title: `research-notes claims ${words}` }).slice(0, -'.md'.length);
  if (request.format === 'csv') return { fileName: `${stem}.csv`, content: formatHighlightsCsv(articles, await readColorLegend(api)), mediaType: 'text/csv; charset=utf-8' };
  if (request.format === 'jsonld') {
    const collection = formatWebAnnotationCollection(articles, {
      id: `urn:research-notes:collection:claims:${encodeURIComponent(JSON.stringify(filter))}`,
      label: `Research Notes: claims, ${words}`,
      legend: await readColorLegend(api),
    });
    return { fileName: `${stem}.jsonld`, content: `${JSON.stringify(collection, null, 1)}\n`, mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' };
  }
  const names = planMarkdownFileNames(await api.listArticles({}));
  const content = formatHighlightCollectionMarkdown(
    { kind: 'claims', name: words },
    articles.map(({ article, highlights }) => ({ article, highlights, noteStem: names.get(article.id)?.slice(0, -'.md'.length) ?? markdownFileName(article).slice(0, -'.md'.length) })),
  );
  return { fileName: markdownFileName({ title: `Claims ${words}` }), content, mediaType: 'text/markdown; charset=utf-8' };
}

async function collect(api: ExportSource, read: Parameters<typeof readExportArticles>[1]): Promise<ArticleWithHighlights[]> {
  const articles: ArticleWithHighlights[] = [];
  for await (const entry of readExportArticles(api, read)) articles.push(entry);
  return articles;
}

/** An id, a label and a file stem for what was exported: one article, a tag, a claimant, or the library. */
function describeSubject(request: ExportFileRequest, articles: ArticleWithHighlights[]): { id: string; label: string; stem: string } {
  const parts: string[] = [];
  if (request.articleId !== undefined) parts.push(articles[0]?.article.title ?? request.articleId);
  if (request.tag?.trim()) parts.push(`tag ${request.tag.trim()}`);
  if (request.claimant?.trim()) parts.push(`claimant ${request.claimant.trim()}`);
  const label = parts.length > 0 ? parts.join(', ') : 'library';
  const id = [request.articleId ? `article:${request.articleId}` : 'library', request.tag?.trim() ? `tag:${request.tag.trim()}` : '', request.claimant?.trim() ? `claimant:${request.claimant.trim()}` : '']
    .filter((part) => part !== '')
    .join(':');
  return { id, label, stem: markdownFileName({ title: `research-notes ${label}` }).slice(0, -'.md'.length) };
}
