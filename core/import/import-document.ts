import { ApiError } from '../api/api-error.js';
import type { DocNode } from '../document/doc-node.js';
import { docToText } from '../document/doc-text.js';
import { decodeImportBytes } from './decode-import-bytes.js';
import { formatFromFileName } from './format-from-file-name.js';
import { importHtml } from './import-html.js';
import { importPlainText } from './import-plain-text.js';
import { importSubject } from './import-subject.js';
import type { ImportedDocument, ImportInput } from './imported-document.js';
import { looksLikeHtml } from './looks-like-html.js';
import { safeLinkHref } from './safe-link-href.js';

/** Longest title derived from the text itself when a source has none. */
const MAX_DERIVED_TITLE = 120;

/**
 * Imports pasted text or HTML, or a file's bytes, into an article document. The format is the one
 * asked for, else the file extension's, else what the content looks like. Throws ApiError with
 * IMPORT_EMPTY, IMPORT_UNSUPPORTED or IMPORT_FAILED, naming the file or the pasted text.
 */
export async function importDocument(input: ImportInput): Promise<ImportedDocument> {
  const subject = importSubject(input);
  try {
    return readDocument(input, subject);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('IMPORT_FAILED', `Could not import ${subject}: ${reason}`, { cause: error });
  }
}

function readDocument(input: ImportInput, subject: string): ImportedDocument {
  const fileName = input.fileName?.trim() || null;
  const requested = input.format === 'text' || input.format === 'html' ? input.format : null;
  // The extension is checked even when a format is forced: an .exe is never text.
  const fromName = formatFromFileName(fileName ?? undefined);
  let content: string;
  if (input.bytes !== undefined) content = decodeImportBytes(input.bytes, requested ?? fromName, subject);
  else content = (input.content ?? '').replace(/^\ufeff/, '');
  if (content.trim() === '') throw new ApiError('IMPORT_EMPTY', `Nothing to import from ${subject}: it is empty.`);
  if (input.bytes === undefined && content.includes('\0')) {
    throw new ApiError('IMPORT_UNSUPPORTED', `Cannot import ${subject}: it holds binary data, not text or a web page.`);
  }
  const format = requested ?? fromName ?? (looksLikeHtml(content) ? 'html' : 'text');
  const url = input.sourceUrl ? safeLinkHref(input.sourceUrl, null) : null;
  const source = fileName ?? (url ?? 'clipboard');
  if (format === 'text') {
    const { title, doc } = importPlainText(content);
    return finish({ title, byline: null, siteName: null, url, publishedTime: null, lang: null, dir: null, source, doc }, subject);
  }
  const page = importHtml(content, url);
  return finish({ ...page, url: url ?? page.url, source }, subject);
}

type Draft = Omit<ImportedDocument, 'text' | 'title'> & { title: string | null };

function finish(draft: Draft, subject: string): ImportedDocument {
  const doc: DocNode = draft.doc;
  const text = docToText(doc);
  if (text.trim() === '') throw new ApiError('IMPORT_EMPTY', `Nothing to import from ${subject}: no readable text was found in it.`);
  return { ...draft, title: draft.title ?? titleFromText(text), text, doc };
}

/** A title for a source without one: the start of its first line, cut at a word. */
function titleFromText(text: string): string {
  const firstLine = text.trim().split('\n')[0]!.trim();
  if (firstLine.length <= MAX_DERIVED_TITLE) return firstLine;
  const cut = firstLine.slice(0, MAX_DERIVED_TITLE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_DERIVED_TITLE / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
