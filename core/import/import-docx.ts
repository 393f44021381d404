import { ApiError } from '../api/api-error.js';
import type { DocNode } from '../document/doc-node.js';
import { collectTextblocks, textblockText } from '../document/doc-text.js';
import { htmlToDoc } from './html-to-doc.js';
import { sanitizeArticleHtml } from './sanitize-article-html.js';

/** Largest picture kept inside an article (bytes); a bigger one becomes its description only. */
export const MAX_EMBEDDED_IMAGE_BYTES = 10 * 1024 * 1024;

/** A Word document read into a title and a document (not yet checked for emptiness). */
export interface DocxImport {
  title: string | null;
  doc: DocNode;
}

/**
 * Reads a .docx with mammoth into HTML, then through the same sanitiser and converter as web
 * pages. Pictures stored in the file are kept as data: URLs; pictures it only links to are never
 * read (mammoth's external file access stays off). Throws IMPORT_FAILED for a damaged file.
 */
export async function importDocx(bytes: Uint8Array, subject: string): Promise<DocxImport> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        // Mammoth drops underlining unless asked; analysts' sources use it for emphasis.
        styleMap: ['u => u'],
        convertImage: mammoth.images.imgElement(async (image) => {
          const data = await image.readAsBuffer();
          // An oversized picture keeps its alt text only: the article file must stay small.
          return data.byteLength > MAX_EMBEDDED_IMAGE_BYTES ? { src: '' } : { src: `data:${image.contentType};base64,${data.toString('base64')}` };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ApiError('IMPORT_FAILED', `Cannot import ${subject}: it is not a readable Word document (${(error as Error)?.message ?? 'damaged'}).`, { cause: error });
  }
  const doc = htmlToDoc(sanitizeArticleHtml(html), { baseUrl: null });
  const heading = collectTextblocks(doc).find((block) => block.type === 'heading');
  return { title: heading === undefined ? null : textblockText(heading).replace(/\s+/g, ' ').trim() || null, doc };
}
