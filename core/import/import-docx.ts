import { ApiError } from '../api/api-error.js';
import type { DocNode } from '../document/doc-node.js';
import { collectTextblocks, textblockText } from '../document/doc-text.js';
import { htmlToDoc } from './html-to-doc.js';
import { ImportLimitError } from './import-limit-error.js';
import { openBoundedZip, ZipEntryTooLargeError, type ZipLimits } from './open-bounded-zip.js';
import { sanitizeArticleHtml } from './sanitize-article-html.js';

/** Largest picture kept inside an article (bytes); a bigger one becomes its description only. */
export const MAX_EMBEDDED_IMAGE_BYTES = 10 * 1024 * 1024;

/**
 * Most bytes of pictures kept inside one article: the pictures after them keep their descriptions
 * only, unread. As data: URLs they are markup that every pass over the HTML reads: 50 MB of them
 * took 17 s to sanitise and convert.
 */
export const MAX_EMBEDDED_IMAGES_TOTAL_BYTES = 20 * 1024 * 1024;

/**
 * What a .docx may inflate to. Its text (word/document.xml) is some megabytes for a long book;
 * 3 to 12 MB of pictures that inflate to 3 GB drove the process to 3.3 GB, as the worker's heap
 * limit does not count the buffers mammoth inflated into.
 */
export const DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

/** A Word document read into a title and a document (not yet checked for emptiness). */
export interface DocxImport {
  title: string | null;
  doc: DocNode;
}

/**
 * Reads a .docx with mammoth into HTML, then through the same sanitiser and converter as web
 * pages. Pictures stored in the file are kept as data: URLs; pictures it only links to are never
 * read (mammoth's external file access stays off). The archive is read through openBoundedZip,
 * within DOCX_ZIP_LIMITS (mammoth's own unzipping inflates whatever an entry holds). Throws
 * IMPORT_FAILED for a damaged file, ImportLimitError beyond the limits.
 */
export async function importDocx(bytes: Uint8Array, subject: string): Promise<DocxImport> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  let embedded = 0;
  try {
    // mammoth reads an opened archive given as `file` (lib/unzip.js), an input its types do not list.
    const input = { file: openBoundedZip(bytes, DOCX_ZIP_LIMITS) } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(
      input,
      {
        externalFileAccess: false,
        // Mammoth drops underlining unless asked; analysts' sources use it for emphasis.
        styleMap: ['u => u'],
        convertImage: mammoth.images.imgElement(async (image) => {
          if (embedded >= MAX_EMBEDDED_IMAGES_TOTAL_BYTES) return { src: '' };
          let data: Buffer;
          try {
            data = await image.readAsBuffer();
          } catch (error) {
            if (error instanceof ZipEntryTooLargeError) return { src: '' };
            throw error;
          }
          // An oversized picture keeps its alt text only: the article file must stay small.
          if (data.byteLength > MAX_EMBEDDED_IMAGE_BYTES || embedded + data.byteLength > MAX_EMBEDDED_IMAGES_TOTAL_BYTES) return { src: '' };
          embedded += data.byteLength;
          return { src: `data:${image.contentType};base64,${data.toString('base64')}` };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof ImportLimitError) throw error;
    throw new ApiError('IMPORT_FAILED', `Cannot import ${subject}: it is not a readable Word document (${(error as Error)?.message ?? 'damaged'}).`, { cause: error });
  }
  const doc = htmlToDoc(sanitizeArticleHtml(html), { baseUrl: null });
  const heading = collectTextblocks(doc).find((block) => block.type === 'heading');
  return { title: heading === undefined ? null : textblockText(heading).replace(/\s+/g, ' ').trim() || null, doc };
}
