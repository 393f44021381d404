import { createRequire } from 'node:module';
import path from 'node:path';
import { ApiError } from '../api/api-error.js';
import type { DocNode } from '../document/doc-node.js';
import { docToText, TEXT_BLOCK_SEPARATOR, textblockText } from '../document/doc-text.js';
import { appendAll } from './append-all.js';
import { resolveImportLimits } from './import-limits.js';
import type { ImportOptions } from './import-progress.js';
import { pdfBlocks } from './pdf-blocks.js';
import { pdfDate } from './pdf-date.js';
import { pdfLines, type PdfLine } from './pdf-lines.js';
import type { PdfTextItem } from './pdf-text-item.js';
import { throwIfCancelled } from './throw-if-cancelled.js';

/** A PDF read into metadata, a document and the text offsets where its pages start. */
export interface PdfImport {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  doc: DocNode;
  pageStarts: number[];
}

/** Distinct sizes of heading text at most: levels 1-3, larger text first. */
const HEADING_LEVELS = 3;
/**
 * A page that paints an image and has fewer letters than this is a scan with a stray or broken
 * text layer (a scanner's watermark, a failed OCR): if every page with text is one, the PDF has
 * no usable text. A real page of text has well over a thousand letters.
 */
const SCAN_PAGE_LETTERS = 100;

/**
 * Reads a PDF's text layer with pdf.js into headings and paragraphs, page by page (a block never
 * spans two pages, so every offset has one page). pdf.js runs with evaluation of fonts' code off,
 * no XFA forms and no scripting, so nothing in the file runs. Throws IMPORT_ENCRYPTED for a file
 * that needs a password, IMPORT_EMPTY when no page has a text layer, IMPORT_FAILED when damaged,
 * IMPORT_TOO_LARGE beyond the page limit or the time limit (options.limits).
 */
export async function importPdf(bytes: Uint8Array, subject: string, options: ImportOptions = {}): Promise<PdfImport> {
  // pdf.js leaves some of its own promises unhandled on damaged files (seen in the fuzz test: an
  // XRefEntryException right after opening, while the pages still read). In Node an unhandled
  // rejection ends the process, so while pdf.js works its own exceptions are absorbed here.
  if (pdfImportsRunning === 0) process.on('unhandledRejection', absorbPdfJsRejection);
  pdfImportsRunning += 1;
  try {
    return await readPdf(bytes, subject, options);
  } finally {
    pdfImportsRunning -= 1;
    if (pdfImportsRunning === 0) process.off('unhandledRejection', absorbPdfJsRejection);
  }
}

/** PDF imports in progress in this thread: the listener is installed once for all of them. */
let pdfImportsRunning = 0;

/** Names of pdf.js's exception classes (they do not extend Error, so they are told by name). */
const PDFJS_EXCEPTIONS: ReadonlySet<string> = new Set(['XRefEntryException', 'XRefParseException', 'FormatError', 'InvalidPDFException', 'UnknownErrorException', 'MissingDataException', 'ParserEOFException', 'ResponseException', 'PasswordException', 'AbortException']);

function absorbPdfJsRejection(reason: unknown): void {
  if (PDFJS_EXCEPTIONS.has((reason as { name?: string } | null)?.name ?? '')) return;
  // Anything else keeps Node's default: an unhandled rejection is a crash.
  process.nextTick(() => {
    throw reason;
  });
}

async function readPdf(bytes: Uint8Array, subject: string, options: ImportOptions): Promise<PdfImport> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const packageFolder = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    // pdf.js detaches the buffer it is given: it gets a copy, the caller keeps the original.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: `${path.join(packageFolder, 'cmaps')}${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(packageFolder, 'standard_fonts')}${path.sep}`,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if ((error as { name?: string } | null)?.name === 'PasswordException') {
      throw new ApiError('IMPORT_ENCRYPTED', `Cannot import ${subject}: it is encrypted and needs a password. Remove the password (print it to a new PDF) and import it again.`, { cause: error });
    }
    throw new ApiError('IMPORT_FAILED', `Cannot import ${subject}: it is not a readable PDF (${(error as Error)?.message ?? 'damaged'}).`, { cause: error });
  }
  try {
    const { maxPdfPages, timeLimitMs } = resolveImportLimits(options.limits);
    // Known from the page tree's root before any page is read: a huge file is refused at once.
    if (pdf.numPages > maxPdfPages) {
      throw new ApiError(
        'IMPORT_TOO_LARGE',
        `Cannot import ${subject}: it has ${pdf.numPages.toLocaleString('en')} pages, more than the limit of ${maxPdfPages.toLocaleString('en')} pages a PDF may have. Save the pages you need as a smaller PDF, or raise the limit ("Largest PDF to import", in the settings).`,
      );
    }
    const deadline = performance.now() + timeLimitMs;
    const pages: PdfLine[][] = [];
    let hasUsableText = false;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      throwIfCancelled(options.signal, subject);
      if (performance.now() > deadline) {
        throw new ApiError('IMPORT_TOO_LARGE', `Cannot import ${subject}: reading it took longer than the limit of ${timeLimitMs / 1000} s (page ${number.toLocaleString('en')} of ${pdf.numPages.toLocaleString('en')}). Save the pages you need as a smaller PDF.`);
      }
      const page = await pdf.getPage(number);
      const lines = pdfLines(await pageItems(page));
      const letters = lines.reduce((count, line) => count + (line.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
      if (letters >= SCAN_PAGE_LETTERS || (letters > 0 && !(await paintsImage(page, pdfjs.OPS)))) hasUsableText = true;
      page.cleanup();
      pages.push(lines);
      options.onProgress?.({ done: number, total: pdf.numPages });
    }
    if (!hasUsableText && pages.some((lines) => lines.length > 0)) pages.fill([]);
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const assembled = assemble(pages, subject);
    const metadata = metadataOf(info);
    const firstHeading = assembled.doc.content!.find((block) => block.type === 'heading' && block.attrs?.['level'] === 1);
    return { ...assembled, ...metadata, title: metadata.title ?? (firstHeading === undefined ? null : textblockText(firstHeading)) };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

async function pageItems(page: PdfPageLike): Promise<PdfTextItem[]> {
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a, b, , , x, y] = item.transform as number[];
    // The font size is the length of the text matrix's first column (it includes any rotation).
    items.push({ str: item.str, x: x!, y: y!, width: item.width, fontSize: Math.hypot(a!, b!), hasEOL: item.hasEOL, dir: item.dir as PdfTextItem['dir'] });
  }
  return items;
}

interface PdfPageLike {
  getTextContent(): Promise<{ items: Array<{ str: string; transform: unknown; width: number; hasEOL: boolean; dir: string } | { type: string }> }>;
  getOperatorList(): Promise<{ fnArray: number[] }>;
  cleanup(): void;
}

async function paintsImage(page: PdfPageLike, ops: Record<string, number>): Promise<boolean> {
  const images = new Set([ops['paintImageXObject'], ops['paintInlineImageXObject'], ops['paintImageMaskXObject'], ops['paintImageXObjectRepeat']]);
  const { fnArray } = await page.getOperatorList();
  return fnArray.some((fn) => images.has(fn));
}

function assemble(pages: readonly PdfLine[][], subject: string): Pick<PdfImport, 'doc' | 'pageStarts' | 'dir'> {
  const allLines = pages.flat();
  if (allLines.length === 0) {
    throw new ApiError('IMPORT_EMPTY', `Nothing to import from ${subject}: the PDF has no text layer (it is probably scanned images). Run it through text recognition (OCR) first.`);
  }
  const bodySize = mostCommonSize(allLines);
  const headingSizes = [...new Set(allLines.map((line) => Math.round(line.fontSize * 2) / 2))]
    .filter((size) => size >= bodySize * 1.2)
    .sort((a, b) => b - a)
    .slice(0, HEADING_LEVELS - 1);
  const content: DocNode[] = [];
  const firstBlockOfPage: number[] = [];
  for (const lines of pages) {
    firstBlockOfPage.push(content.length);
    appendAll(content, pdfBlocks(withoutPageNumbers(lines), bodySize, headingSizes));
  }
  const blockStarts: number[] = [];
  let offset = 0;
  for (const block of content) {
    if (blockStarts.length > 0) offset += TEXT_BLOCK_SEPARATOR.length;
    blockStarts.push(offset);
    offset += textblockText(block).length;
  }
  const doc: DocNode = { type: 'doc', content };
  // A page without blocks starts where the next block does (or at the end): it owns no offset.
  const pageStarts = firstBlockOfPage.map((index) => blockStarts[index] ?? docToText(doc).length);
  const rtlShare = allLines.filter((line) => line.isRtl).length / allLines.length;
  return { doc, pageStarts, dir: rtlShare > 0.5 ? 'rtl' : null };
}

/** The page's lines without a bare page number at its top or bottom (when the page has more). */
function withoutPageNumbers(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length < 2) return [...lines];
  const isNumber = (line: PdfLine | undefined): boolean => line !== undefined && /^(page\s*)?[-–]?\s*\d{1,4}\s*[-–]?$/i.test(line.text);
  return lines.filter((line, index) => !((index === 0 || index === lines.length - 1) && isNumber(line)));
}

function mostCommonSize(lines: readonly PdfLine[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + line.text.length);
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function metadataOf(info: Record<string, unknown>): Pick<PdfImport, 'title' | 'byline' | 'publishedTime' | 'lang'> {
  const text = (key: string): string | null => {
    const value = info[key];
    return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;
  };
  const title = text('Title');
  return {
    // Word and printers fill in the file name ("Microsoft Word - report.docx"): not a title.
    title: title !== null && !/^(microsoft word - |untitled$)|\.(docx?|pdf|tex|indd)$/i.test(title) ? title : null,
    byline: text('Author'),
    publishedTime: pdfDate(text('CreationDate')),
    lang: text('Language'),
  };
}
