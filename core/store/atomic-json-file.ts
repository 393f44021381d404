import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { ApiError } from '../api/api-error.js';
import { describeSchemaIssues } from './describe-schema-issues.js';

/** The suffix of the temporary files a write leaves only if the process dies mid-write. */
export const TEMPORARY_FILE_SUFFIX = '.tmp';

/** A write waiting for its turn: the JSON to write, or null to remove the file. */
interface QueuedChange {
  content: string | null;
  done: Promise<void>;
}

/**
 * A lowdb adapter for one JSON file that never leaves a half-written file: each write goes to a
 * temporary file in the same folder, is fsynced, renamed over the target, and the folder fsynced.
 * Writes are applied in call order and a resolved write is on disk. A write that is still
 * waiting when a newer one arrives is replaced by it (both resolve when the newer content is on
 * disk): each write holds the whole file, so only the latest content matters, and a burst of saves
 * costs two disk writes, not one per save. Reads validate with a zod schema; a file that is not
 * valid JSON or does not match throws LIBRARY_DAMAGED naming the file.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  readonly filePath: string;
  private readonly schema: z.ZodType<T>;
  private tail: Promise<void> = Promise.resolve();
  private queued: QueuedChange | null = null;

  constructor(filePath: string, schema: z.ZodType<T>) {
    this.filePath = filePath;
    this.schema = schema;
  }

  /** The file's content, or null when it does not exist. Waits for pending writes first. */
  async read(): Promise<T | null> {
    await this.settled();
    let text: string;
    try {
      text = await fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if (isNodeError(error, 'ENOENT')) return null;
      throw new ApiError('STORAGE_FAILED', `Could not read ${this.filePath}: ${errorMessage(error)}.`, { cause: error });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw damaged(this.filePath, `it is not valid JSON (${errorMessage(error)})`, error);
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      throw damaged(this.filePath, `its content is not what Research Notes wrote (${describeSchemaIssues(parsed.error.issues)})`, parsed.error);
    }
    return parsed.data;
  }

  /** Saves the data as it is now (it is serialised before this returns); resolves once it is on disk. */
  write(data: T): Promise<void> {
    return this.enqueue(JSON.stringify(data, null, 2) + '\n');
  }

  /** Removes the file, after the writes queued before; resolves once the removal is on disk. */
  remove(): Promise<void> {
    return this.enqueue(null);
  }

  /** Resolves when every write and removal requested so far has finished (whether or not it failed). */
  async settled(): Promise<void> {
    let tail: Promise<void>;
    // A change may be queued while we wait; wait until nothing is left.
    do {
      tail = this.tail;
      await tail;
    } while (tail !== this.tail);
  }

  private enqueue(content: string | null): Promise<void> {
    if (this.queued) {
      this.queued.content = content;
      return this.queued.done;
    }
    const change: QueuedChange = { content, done: Promise.resolve() };
    change.done = this.tail.then(() => {
      // From here on the change is being applied; a newer one must queue behind it.
      this.queued = null;
      return change.content === null ? this.removeNow() : this.writeNow(change.content);
    });
    this.queued = change;
    this.tail = change.done.catch(() => undefined);
    return change.done;
  }

  private async writeNow(content: string): Promise<void> {
    const folder = path.dirname(this.filePath);
    const temporaryPath = path.join(folder, `.${path.basename(this.filePath)}.${randomUUID()}${TEMPORARY_FILE_SUFFIX}`);
    try {
      const handle = await fs.open(temporaryPath, 'wx');
      try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temporaryPath, this.filePath);
      await syncFolder(folder);
    } catch (error) {
      await fs.rm(temporaryPath, { force: true }).catch(() => undefined);
      throw new ApiError(
        'STORAGE_FAILED',
        `Could not save ${this.filePath}: ${errorMessage(error)}. Check that the disk has free space and the library folder is writable.`,
        { cause: error },
      );
    }
  }

  private async removeNow(): Promise<void> {
    try {
      await fs.rm(this.filePath, { force: true });
      await syncFolder(path.dirname(this.filePath));
    } catch (error) {
      throw new ApiError('STORAGE_FAILED', `Could not remove ${this.filePath}: ${errorMessage(error)}.`, { cause: error });
    }
  }
}

/** Makes a rename or removal in the folder durable; without it a crash can undo the rename. */
async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function damaged(filePath: string, what: string, cause: unknown): ApiError {
  return new ApiError(
    'LIBRARY_DAMAGED',
    `The library file ${filePath} is damaged: ${what}. Restore it from a backup, or move it out of the library folder.`,
    { cause },
  );
}

function isNodeError(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
