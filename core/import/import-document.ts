import { createHash } from 'node:crypto';
import { ApiError, messageOf } from '../api/api-error.js';
import type { DocNode } from '../document/doc-node.js';
import { docToText } from '../document/doc-text.js';
import { decodeImportBytes } from './decode-import-bytes.js';
import { cleanPageMetadata } from './clean-page-metadata.js';
import { embedLocalImages, MAX_LOCAL_IMAGE_BYTES } from './embed-local-images.js';
import { resolvePageImages } from './resolve-page-images.js';
import { fetchUrl } from './fetch-url.js';
import { formatFromFileName } from './format-from-file-name.js';
import { formatFromMediaType } from './format-from-media-type.js';
import type { ImportFormat } from '../model/import-format.js';
import { ImportLimitError } from './import-limit-error.js';
import { importHtml } from './import-html.js';
import { importMarkdown } from './import-markdown.js';
import { importPlainText } from './import-plain-text.js';
import type { ImportOptions } from './import-progress.js';
import { importSubject } from './import-subject.js';
import type { ImportedDocument, ImportInput } from './imported-document.js';
import { looksLikeHtml } from './looks-like-html.js';
import { mediaTypeOfFormat } from './media-type-of-format.js';
import { safeLinkHref } from './safe-link-href.js';
import { sniffBinaryFormat } from './sniff-binary-format.js';
import { throwIfCancelled } from './throw-if-cancelled.js';

/** Longest title derived from the text itself when a source has none. */
const MAX_DERIVED_TITLE = 120;
/** Largest plain text read (bytes): splitting it into paragraphs is cheap, so the fetch cap applies. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;
/**
 * Largest web page or Markdown file read (bytes of markup). Readability on linkedom and the
 * sanitiser hold a page several times over: 20 MB of HTML takes about 7 s and 500 MB of memory
 * (measured on a generated page), 50 MB would take about 20 s and over a gigabyte. Real articles
 * are far below 5 MB; beyond this limit the import stops with IMPORT_TOO_LARGE.
 */
export const MAX_MARKUP_BYTES = 20 * 1024 * 1024;

/** The source made uniform: bytes (or text), a format when known, and names for messages and the original. */
interface Source {
  bytes: Uint8Array | null;
  content: string | null;
  fileName: string | null;
  /** The name the original is kept under when there is no file name (a fetched page's last path segment). */
  originalName: string | null;
  mediaType: string | null;
  url: string | null;
  format: ImportFormat | null;
  headerCharset: string | null;
  /** Whether it was fetched from `url` (its images are then fetched along with it). */
  fetched: boolean;
}

/**
 * Imports pasted text or HTML, a file's bytes, or a fetched URL into an article document. The
 * format is the one asked for, else the file extension's (or the server's Content-Type), else what
 * the content looks like. PDF and Word parsers load only when needed. Throws ApiError with an
 * IMPORT_* code (EMPTY, UNSUPPORTED, FAILED, ENCRYPTED, NETWORK, TOO_LARGE, CANCELLED), naming the source.
 */
export async function importDocument(input: ImportInput, options: ImportOptions = {}): Promise<ImportedDocument> {
  const subject = importSubject(input);
  try {
    throwIfCancelled(options.signal, subject);
    const source = await gatherSource(input, subject, options);
    const draft = await readSource(source, input, subject, options);
    draft.doc = await resolvePageImages(draft.doc, { pageUrl: source.url, fetchImage: source.fetched ? imageFetcher(options.signal) : undefined });
    throwIfCancelled(options.signal, subject);
    return finish(draft, source, subject);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof ImportLimitError) throw new ApiError('IMPORT_TOO_LARGE', `Cannot import ${subject}: ${error.reason}. Save the part you need as a smaller file.`, { cause: error });
    const reason = messageOf(error);
    throw new ApiError('IMPORT_FAILED', `Could not import ${subject}: ${reason}`, { cause: error });
  }
}

async function gatherSource(input: ImportInput, subject: string, options: ImportOptions): Promise<Source> {
  const fileName = input.fileName?.trim() || null;
  const requested = input.format !== undefined && input.format !== 'auto' ? input.format : null;
  // The extension is checked even when a format is forced: an .exe is never text.
  const fromName = formatFromFileName(fileName ?? undefined);
  if (input.url !== undefined && input.bytes === undefined && input.content === undefined) {
    const fetched = await fetchUrl(input.url, options.signal === undefined ? {} : { signal: options.signal });
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(fetched.contentType ?? '')?.[1] ?? null;
    const lastSegment = decodeURIComponentSafe(new URL(fetched.url).pathname.split('/').pop() ?? '');
    return {
      bytes: fetched.bytes,
      content: null,
      fileName,
      originalName: lastSegment || 'page',
      mediaType: fetched.contentType,
      url: fetched.url,
      format: requested ?? formatFromMediaType(fetched.contentType) ?? fromName,
      headerCharset: charset,
      fetched: true,
    };
  }
  const url = input.sourceUrl ? safeLinkHref(input.sourceUrl, null) : null;
  const common = { fileName, originalName: null, mediaType: null, url, format: requested ?? fromName, headerCharset: null, fetched: false };
  if (input.bytes !== undefined) return { ...common, bytes: input.bytes, content: null };
  return { ...common, bytes: null, content: input.content ?? '' };
}

type Draft = Omit<ImportedDocument, 'text' | 'title' | 'source' | 'originalSha256' | 'original' | 'titleIsDerived'> & { title: string | null; format: ImportFormat };

const EMPTY_METADATA = { byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null, canonicalUrl: null, pageStarts: null } as const;

async function readSource(source: Source, input: ImportInput, subject: string, options: ImportOptions): Promise<Draft> {
  const { bytes } = source;
  if (bytes !== null && bytes.byteLength === 0) throw new ApiError('IMPORT_EMPTY', `Nothing to import from ${subject}: it is empty.`);
  const binary = bytes === null ? null : sniffBinaryFormat(bytes);
  const format = source.format ?? binary;
  if (format === 'pdf' || format === 'docx') {
    if (bytes === null) throw new ApiError('IMPORT_UNSUPPORTED', `Cannot import ${subject} as ${format === 'pdf' ? 'a PDF' : 'a Word document'}: pasted text is not a file.`);
    if (binary !== format) throw new ApiError('IMPORT_FAILED', `Cannot import ${subject}: it is not a ${format === 'pdf' ? 'PDF' : 'Word (.docx)'} file, or it is damaged.`);
    // Loaded on demand: a text or web page import never pays for pdf.js or mammoth.
    if (format === 'pdf') {
      const { importPdf } = await import('./import-pdf.js');
      const pdf = await importPdf(bytes, subject, options);
      return { ...EMPTY_METADATA, ...pdf, url: source.url, format };
    }
    const { importDocx } = await import('./import-docx.js');
    return { ...EMPTY_METADATA, ...(await importDocx(bytes, subject)), url: source.url, format };
  }
  const size = bytes?.byteLength ?? (source.content ?? '').length;
  if (size > MAX_TEXT_BYTES && (format === null || format === 'text')) throw tooLarge(subject, MAX_TEXT_BYTES, 'text file');
  // A page or Markdown file known by its name is refused before it is even decoded.
  if (size > MAX_MARKUP_BYTES && (format === 'html' || format === 'markdown')) throw tooLarge(subject, MAX_MARKUP_BYTES, format === 'html' ? 'web page' : 'Markdown file');
  const textFormat = format === 'markdown' ? 'text' : format;
  let content = bytes !== null ? decodeImportBytes(bytes, textFormat, subject, source.headerCharset) : (source.content ?? '').replace(/^\ufeff/, '');
  if (content.trim() === '') throw new ApiError('IMPORT_EMPTY', `Nothing to import from ${subject}: it is empty.`);
  if (bytes === null && content.includes('\0')) {
    throw new ApiError('IMPORT_UNSUPPORTED', `Cannot import ${subject}: it holds binary data, not text or a web page.`);
  }
  const finalFormat: ImportFormat = format ?? (looksLikeHtml(content) ? 'html' : 'text');
  if (finalFormat !== 'text' && size > MAX_MARKUP_BYTES) throw tooLarge(subject, MAX_MARKUP_BYTES, finalFormat === 'html' ? 'web page' : 'Markdown file');
  throwIfCancelled(options.signal, subject);
  if (finalFormat === 'text') return { ...EMPTY_METADATA, ...importPlainText(content), url: source.url, format: finalFormat };
  if (finalFormat === 'markdown') return { ...EMPTY_METADATA, ...importMarkdown(content, source.url), url: source.url, format: finalFormat };
  if (input.readResource !== undefined) content = await embedLocalImages(content, input.readResource);
  const page = importHtml(content, source.url);
  return { ...EMPTY_METADATA, ...page, canonicalUrl: page.url, url: source.url ?? page.url, format: finalFormat };
}

function finish(draft: Draft, source: Source, subject: string): ImportedDocument {
  const doc: DocNode = draft.doc;
  const text = docToText(doc);
  if (text.trim() === '') throw new ApiError('IMPORT_EMPTY', `Nothing to import from ${subject}: no readable text was found in it.`);
  const bytes = source.bytes ?? new TextEncoder().encode(source.content ?? '');
  const fileName = source.fileName ?? source.originalName ?? `clipboard.${draft.format === 'html' ? 'html' : draft.format === 'markdown' ? 'md' : 'txt'}`;
  // " | Author" and " - Site" come off the title, and a byline that repeats the site goes; the
  // metadata as found stays in the provenance.
  const cleaned = draft.title === null ? null : cleanPageMetadata({ title: draft.title, byline: draft.byline, siteName: draft.siteName, url: draft.url ?? draft.canonicalUrl ?? null });
  return {
    ...draft,
    title: cleaned?.title ?? titleFromText(text),
    byline: cleaned ? cleaned.byline : draft.byline,
    ...(cleaned?.original ? { importedMetadata: cleaned.original } : {}),
    titleIsDerived: draft.title === null,
    source: source.fileName ?? source.url ?? 'clipboard',
    text,
    doc,
    originalSha256: createHash('sha256').update(bytes).digest('hex'),
    original: { bytes, fileName, mediaType: source.mediaType ?? mediaTypeOfFormat(draft.format) },
  };
}

/** How long a fetched page's images may take in all (ms); those not had by then stand in as placeholders. */
const IMAGE_FETCH_BUDGET_MS = 30_000;
/** How long one image may take (ms). */
const IMAGE_FETCH_TIMEOUT_MS = 10_000;

/** Fetches the images of a fetched page, within the time budget; a failure is null (the image stands in as a placeholder). */
function imageFetcher(signal: AbortSignal | undefined): (url: string) => Promise<Uint8Array | null> {
  const budget = AbortSignal.timeout(IMAGE_FETCH_BUDGET_MS);
  const limit = signal === undefined ? budget : AbortSignal.any([budget, signal]);
  return async (url) => {
    if (limit.aborted) return null;
    try {
      return (await fetchUrl(url, { signal: limit, timeoutMs: IMAGE_FETCH_TIMEOUT_MS, maxBytes: MAX_LOCAL_IMAGE_BYTES })).bytes;
    } catch {
      return null;
    }
  };
}

function tooLarge(subject: string, limit: number, kind: string): ApiError {
  return new ApiError('IMPORT_TOO_LARGE', `Cannot import ${subject}: it is larger than the ${limit / 1024 / 1024} MB a ${kind} may have. Save the part you need as a smaller file.`);
}

/** A title for a source without one: the start of its first line, cut at a word. */
function titleFromText(text: string): string {
  const firstLine = text.trim().split('\n')[0]!.trim();
  if (firstLine.length <= MAX_DERIVED_TITLE) return firstLine;
  const cut = firstLine.slice(0, MAX_DERIVED_TITLE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_DERIVED_TITLE / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
