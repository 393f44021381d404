import type { ImportedDocument } from '../import/imported-document.js';
import type { Article, ImportOrigin } from '../model/article.js';

/** The provenance fields of an article (core/model/article.ts) that an import sets. */
export type ArticleProvenance = Pick<Article, 'importedFrom' | 'format' | 'originalSha256' | 'originalFileName' | 'mediaType' | 'originalPath' | 'excerpt' | 'canonicalUrl' | 'pageStarts' | 'importedMetadata'>;

/**
 * An imported document's provenance, with where its original is kept (null when none was).
 * Fields the importer did not set are left out rather than stored as undefined.
 */
export function articleProvenance(imported: ImportedDocument, origin: ImportOrigin, originalPath: string | null): ArticleProvenance {
  const provenance: ArticleProvenance = { importedFrom: origin };
  if (imported.format !== undefined) provenance.format = imported.format;
  if (imported.originalSha256 !== undefined) provenance.originalSha256 = imported.originalSha256;
  if (imported.original !== undefined) {
    provenance.originalFileName = imported.original.fileName;
    provenance.mediaType = imported.original.mediaType;
  }
  if (originalPath !== null) provenance.originalPath = originalPath;
  if (imported.excerpt !== undefined) provenance.excerpt = imported.excerpt;
  if (imported.canonicalUrl !== undefined) provenance.canonicalUrl = imported.canonicalUrl;
  if (imported.pageStarts !== undefined) provenance.pageStarts = imported.pageStarts;
  if (imported.importedMetadata !== undefined) provenance.importedMetadata = { ...imported.importedMetadata };
  return provenance;
}

/** Where a document came from, guessed from its source when the caller does not know (a stored ImportedDocument). */
export function guessImportOrigin(imported: ImportedDocument): ImportOrigin {
  if (imported.source === 'clipboard') return { kind: 'clipboard' };
  if (/^https?:\/\//i.test(imported.source)) return { kind: 'url', url: imported.source };
  return { kind: 'file', fileName: imported.source };
}
