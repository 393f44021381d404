import { readFile } from 'node:fs/promises';
import { ApiError, messageOf } from '../api/api-error.js';
import type { BackedUpOriginal } from '../export/library-backup.js';
import type { Article } from '../model/article.js';
import { LibraryLayout } from '../store/library-layout.js';

/**
 * An article's kept original (`<library>/<originalPath>`) as a backup embeds it, base64; null when
 * the article has none or its file is gone (an older library, or one a person tidied by hand).
 */
export async function readBackedUpOriginal(libraryFolder: string, article: Article): Promise<BackedUpOriginal | null> {
  if (article.originalPath === undefined) return null;
  const filePath = new LibraryLayout(libraryFolder).originalFilePath(article.originalPath);
  if (filePath === null) return null;
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ApiError('STORAGE_FAILED', `Could not read the original of "${article.title}" (${filePath}): ${messageOf(error)}.`, { cause: error });
  }
  return {
    fileName: article.originalFileName ?? article.originalPath.slice('originals/'.length),
    mediaType: article.mediaType ?? 'application/octet-stream',
    base64: bytes.toString('base64'),
  };
}
