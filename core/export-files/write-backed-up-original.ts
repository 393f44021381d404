import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { ApiError } from '../api/api-error.js';
import type { BackedUpOriginal } from '../export/library-backup.js';
import type { KeptFileFacts } from './read-backed-up-original.js';
import type { LibraryLayout } from '../store/library-layout.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';

// Standard base64 with its padding; Buffer.from would silently skip anything else.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Puts a backed-up original back where its article says it is kept (`originalPath` inside the
 * library being restored), after checking it is the file the article was imported from: its
 * SHA-256 must equal the article's `originalSha256`. INVALID_ARGUMENT names a damaged one.
 */
export async function writeBackedUpOriginal(layout: LibraryLayout, article: KeptFileFacts, original: BackedUpOriginal): Promise<void> {
  const damaged = (why: string): ApiError => new ApiError('INVALID_ARGUMENT', `The backup's original of "${article.title}" is damaged: ${why}.`);
  const filePath = article.originalPath === undefined ? null : layout.originalFilePath(article.originalPath);
  if (filePath === null) throw damaged('its article does not say where the original is kept');
  if (typeof original?.base64 !== 'string' || original.base64.length % 4 !== 0 || !BASE64.test(original.base64)) throw damaged('it is not base64');
  const bytes = Buffer.from(original.base64, 'base64');
  if (article.originalSha256 !== undefined && createHash('sha256').update(bytes).digest('hex') !== article.originalSha256) {
    throw damaged('its bytes do not match the SHA-256 the article recorded');
  }
  await mkdir(layout.originalsFolder, { recursive: true });
  await writeFileAtomic(filePath, bytes);
}
