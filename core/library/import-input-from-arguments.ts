import { ApiError } from '../api/api-error.js';
import type { ApiArguments } from '../api/contract.js';
import type { ImportInput } from '../import/imported-document.js';

// Base64 as browsers' FileReader and Node's Buffer write it; line breaks tolerated.
const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

/** The importer's input for an importArticle call: a file's base64 decoded to bytes, the rest as given. */
export function importInputFromArguments(args: ApiArguments<'importArticle'>): ImportInput {
  const input: ImportInput = {};
  if (args.fileBase64 !== undefined) {
    // Buffer.from silently skips characters that are not base64; a corrupted upload must not import as garbage.
    if (!BASE64.test(args.fileBase64)) {
      throw new ApiError('INVALID_ARGUMENT', 'The file could not be read: fileBase64 is not valid base64.');
    }
    input.bytes = new Uint8Array(Buffer.from(args.fileBase64, 'base64'));
  }
  if (args.content !== undefined) input.content = args.content;
  if (args.fileName !== undefined) input.fileName = args.fileName;
  if (args.sourceUrl !== undefined) input.sourceUrl = args.sourceUrl;
  // Fetched only when there is nothing else to import (importDocument decides).
  if (args.url !== undefined && args.url.trim() !== '') input.url = args.url.trim();
  if (args.format !== undefined) input.format = args.format;
  if (input.bytes === undefined && input.content === undefined && input.url === undefined) {
    throw new ApiError('INVALID_ARGUMENT', 'Nothing to import: give content, fileBase64 or url.');
  }
  return input;
}
