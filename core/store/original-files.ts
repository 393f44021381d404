import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { killPoint } from './kill-point.js';
import { syncFolder } from './sync-folder.js';
import { ApiError, BugError, messageOf } from '../api/api-error.js';
import { TEMPORARY_FILE_SUFFIX } from './atomic-json-file.js';
import type { LibraryLayout } from './library-layout.js';
import type { WriteGuard } from './write-guard.js';

/** An original as the importer hands it over (core/import ImportedOriginal). */
export interface OriginalToKeep {
  bytes: Uint8Array;
  fileName: string;
}

/** Characters of the SHA-256 in a kept original's name: the same bytes keep one name, new bytes get another. */
const HASH_IN_NAME = 16;

/**
 * The source files kept inside the library (`<library>/originals/<id>-<hash>.<ext>`), as evidence
 * and for re-extraction later. Each is written atomically (temporary file, fsync, rename, fsync of
 * the folder). A re-import with new bytes writes a new name beside the old file, so the article
 * file can switch to it in one atomic write and the old one is removed only afterwards.
 */
export class OriginalFiles {
  constructor(
    private readonly layout: LibraryLayout,
    private readonly guard: WriteGuard = async () => undefined,
  ) {}

  /** Writes an article's original; resolves with its path relative to the library once it is on disk. */
  async write(articleId: string, original: OriginalToKeep, sha256: string): Promise<string> {
    const relativePath = `originals/${articleId}-${sha256.slice(0, HASH_IN_NAME)}${extensionOf(original.fileName)}`;
    const target = this.layout.originalFilePath(relativePath);
    if (target === null) throw new BugError(`Refusing an unsafe name for an original: ${JSON.stringify(relativePath)}.`);
    const folder = this.layout.originalsFolder;
    const temporary = path.join(folder, `.${path.basename(target)}.${randomUUID()}${TEMPORARY_FILE_SUFFIX}`);
    try {
      await this.guard();
      killPoint('original.create-folder');
      await fs.mkdir(folder, { recursive: true });
      killPoint('original.create-temporary');
      const handle = await fs.open(temporary, 'wx');
      try {
        killPoint('original.write-temporary');
        await handle.writeFile(original.bytes);
        killPoint('original.fsync-temporary');
        await handle.sync();
      } finally {
        await handle.close();
      }
      killPoint('original.rename');
      await fs.rename(temporary, target);
      await syncFolder(folder);
    } catch (error) {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      if (error instanceof ApiError) throw error;
      throw new ApiError(
        'STORAGE_FAILED',
        `Could not keep the original of "${original.fileName}" in ${folder}: ${messageOf(error)}. Check that the disk has free space and the library folder is writable.`,
        { cause: error },
      );
    }
    return relativePath;
  }

  /** The absolute path of a kept original, or null when the relative path is not one. */
  pathOf(relativePath: string): string | null {
    return this.layout.originalFilePath(relativePath);
  }

  /** Removes a kept original (nothing when it is already gone or the path is not one). */
  async remove(relativePath: string | undefined): Promise<void> {
    const target = relativePath === undefined ? null : this.layout.originalFilePath(relativePath);
    if (target === null) return;
    await this.guard();
    killPoint('original.remove');
    await fs.rm(target, { force: true });
  }
}

/** The file name's extension, lower-cased and only when it is plain (".pdf"); "" otherwise. */
function extensionOf(fileName: string): string {
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(fileName)?.[1];
  return extension === undefined ? '' : `.${extension.toLowerCase()}`;
}
