import { readFile } from 'node:fs/promises';
import { ApiError, messageOf } from '../api/api-error.js';
import type { BackedUpOriginal } from '../export/library-backup.js';
import type { Article } from '../model/article.js';
import { LibraryLayout } from '../store/library-layout.js';

/** What a kept file is known by: an article's own original, or an earlier capture's page (whose title is its article's). */
export type KeptFileFacts = Pick<Article, 'title' | 'originalPath' | 'originalSha256' | 'originalFileName' | 'mediaType'>;

/**
 * An article's kept original (`<library>/<originalPath>`) as a backup embeds it, base64; null when
 * the article has none or its file is gone (an older library, or one a person tidied by hand).
 */
export async function readBackedUpOriginal(libraryFolder: string, article: KeptFileFacts): Promise<BackedUpOriginal | null> {
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

/** The pages of an article's earlier captures, as a backup embeds them: one per earlier capture, null for one whose file is gone. */
export async function readBackedUpEarlierOriginals(libraryFolder: string, article: Article): Promise<Array<BackedUpOriginal | null>> {
  const earlier = [];
  // Earlier captures are always pages a browser clipper sent.
  for (const version of article.previousVersions ?? []) earlier.push(await readBackedUpOriginal(libraryFolder, { ...version, title: article.title, mediaType: 'text/html' }));
  return earlier;
}
