import { ApiError } from '../api/api-error.js';
import { decodeWindows1252 } from './decode-windows-1252.js';
import { looksLikeHtml } from './looks-like-html.js';
import { sniffHtmlCharset } from './sniff-html-charset.js';

/**
 * Decodes a file's bytes to text: a byte-order mark decides first (UTF-8, or UTF-16 as Windows
 * Notepad saves it), then UTF-8; a web page that is not UTF-8 is read in its <meta charset>.
 * `format` is null when the content must decide. Throws IMPORT_UNSUPPORTED for binary content
 * and for text that is not valid UTF-8. `headerCharset` is the charset a server declared, if any.
 */
export function decodeImportBytes(bytes: Uint8Array, format: 'text' | 'html' | null, subject: string, headerCharset: string | null = null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict(bytes.subarray(3), 'utf-8', subject);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le', subject);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be', subject);
  // Text never holds NUL bytes; executables, archives, images and PDFs always do.
  if (bytes.includes(0)) {
    throw new ApiError('IMPORT_UNSUPPORTED', `Cannot import ${subject}: it is a binary file, not text or a web page.`);
  }
  // A server's Content-Type charset comes right after the byte-order mark, as in browsers.
  const fromHeader = headerCharset === null ? null : supportedLabel(headerCharset);
  if (fromHeader !== null && fromHeader !== 'utf-8') return fromHeader === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(fromHeader).decode(bytes);
  const isHtml = format === 'html' || (format === null && looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 4096))));
  if (!isHtml) return decodeStrict(bytes, 'utf-8', subject);
  try {
    // Valid UTF-8 wins over a declared charset: non-ASCII text in a legacy encoding is almost never
    // valid UTF-8 by chance, while pages re-saved as UTF-8 often keep their old <meta charset>.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = sniffHtmlCharset(bytes);
    // An old page that declares nothing usable: browsers read it as Windows-1252.
    const label = (declared === null ? null : supportedLabel(declared)) ?? 'windows-1252';
    return label === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);
  }
}

function decodeStrict(bytes: Uint8Array, label: string, subject: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ApiError(
      'IMPORT_UNSUPPORTED',
      `Cannot import ${subject}: it is not valid ${label.toUpperCase()} text. Save it as UTF-8 and import it again.`,
      { cause: error },
    );
  }
}

/** The decoder's name for an encoding label, or null when this runtime does not know it. */
function supportedLabel(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
