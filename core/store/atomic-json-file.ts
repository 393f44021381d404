import { randomUUID } from 'node:crypto';
import { timeStep, timeStepSync } from './step-timings.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from './sync-folder.js';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { ApiError, messageOf } from '../api/api-error.js';
import type { BackupSlots } from './backup-slots.js';
import { describeSchemaIssues } from './describe-schema-issues.js';
import { killPoint } from './kill-point.js';
import { migrateFile, type FileVersioning } from './migrate-file.js';
import type { WriteGuard } from './write-guard.js';

/** The suffix of the temporary files a write leaves only if the process dies mid-write. */
export const TEMPORARY_FILE_SUFFIX = '.tmp';

/** What a file does besides validating: migrate older versions, keep backups, how to write. */
export interface AtomicJsonFileOptions<T = unknown> {
  /** Migrations applied before validation; without them only the schema's version is accepted. */
  versioning?: FileVersioning;
  /** Where the version a write replaces is kept. */
  backups?: BackupSlots;
  /** Told when a backup could not be kept; the save itself goes on, since the new content is what matters. */
  onBackupError?: (error: unknown) => void;
  /** A fast check that accepts only what the schema accepts unchanged; false lets the schema decide (and explain). */
  isValid?: (data: unknown) => data is T;
  /** Without indentation: a large index parses and writes faster and is a third smaller. */
  compact?: boolean;
  /** Checked before each write or removal: whether this process may still write the library. */
  guard?: WriteGuard;
}

/** A write waiting for its turn: the JSON to write, or null to remove the file. */
interface QueuedChange {
  content: string | null;
  /** Whether the version it replaces is kept as a backup (not when that version is known damaged). */
  backup: boolean;
  /** Must resolve before the new content may replace the old (a journal written ahead of it). */
  gate: Promise<unknown>;
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
  private readonly options: AtomicJsonFileOptions<T>;
  /** Whether the last read migrated an older version (so the caller may want to save it in the current one). */
  migrated = false;
  private tail: Promise<void> = Promise.resolve();
  private queued: QueuedChange | null = null;

  constructor(filePath: string, schema: z.ZodType<T>, options: AtomicJsonFileOptions<T> = {}) {
    this.filePath = filePath;
    this.schema = schema;
    this.options = options;
  }

  /** The file's content, or null when it does not exist. Waits for pending writes first. */
  async read(): Promise<T | null> {
    await this.settled();
    const result = await this.readFrom(this.filePath);
    this.migrated = result?.migrated ?? false;
    return result?.data ?? null;
  }

  /** Another file (a backup) read, migrated and validated as this file would be; null when it does not exist. */
  async readCopy(copyPath: string): Promise<T | null> {
    return (await this.readFrom(copyPath))?.data ?? null;
  }

  private async readFrom(filePath: string): Promise<{ data: T; migrated: boolean } | null> {
    let text: string;
    try {
      text = await fs.readFile(filePath, 'utf8');
    } catch (error) {
      if (isNodeError(error, 'ENOENT')) return null;
      throw new ApiError('STORAGE_FAILED', `Could not read ${filePath}: ${errorMessage(error)}.`, { cause: error });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw damaged(filePath, `it is not valid JSON (${errorMessage(error)})`, error);
    }
    const { data, migrated } = this.options.versioning ? migrateFile(json, this.options.versioning, filePath) : { data: json, migrated: false };
    if (this.options.isValid?.(data)) return { data, migrated };
    const parsed = this.schema.safeParse(data);
    if (!parsed.success) {
      throw damaged(filePath, `its content is not what Research Notes wrote (${describeSchemaIssues(parsed.error.issues)})`, parsed.error);
    }
    return { data: parsed.data, migrated };
  }

  /**
   * Saves the data as it is now (it is serialised before this returns); resolves once it is on
   * disk. `backup: false` replaces a version known to be damaged, which must not push a good
   * backup out.
   */
  write(data: T, options: { backup?: boolean } = {}): Promise<void> {
    return this.enqueue(this.serialize(data), Promise.resolve(), options.backup !== false);
  }

  /**
   * Saves the data as it is now, but renames it into place only once `gate` resolves (if it
   * rejects, the file keeps its old content and the write rejects with the gate's error). The
   * temporary file is written and fsynced meanwhile, so a journal written ahead costs no extra wait.
   */
  writeAfter(data: T, gate: Promise<unknown>): Promise<void> {
    return this.enqueue(this.serialize(data), gate, true);
  }

  /** Removes the file, after the writes queued before; resolves once the removal is on disk. */
  remove(): Promise<void> {
    return this.enqueue(null, Promise.resolve(), true);
  }

  private serialize(data: T): string {
    return timeStepSync('file: serialise', () => (this.options.compact ? JSON.stringify(data) : JSON.stringify(data, null, 2)) + '\n');
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

  private enqueue(content: string | null, gate: Promise<unknown>, backup: boolean): Promise<void> {
    // A rejected gate is reported through the write's promise; this keeps it from being unhandled meanwhile.
    gate.catch(() => undefined);
    if (this.queued) {
      this.queued.content = content;
      this.queued.backup &&= backup;
      // The replaced content's gate still holds: the newer content includes its change.
      this.queued.gate = Promise.all([this.queued.gate, gate]);
      return this.queued.done;
    }
    const change: QueuedChange = { content, backup, gate, done: Promise.resolve() };
    change.done = this.tail.then(() => {
      // From here on the change is being applied; a newer one must queue behind it.
      this.queued = null;
      return change.content === null ? change.gate.then(() => this.removeNow()) : this.writeNow(change.content, change.gate, change.backup);
    });
    this.queued = change;
    this.tail = change.done.catch(() => undefined);
    return change.done;
  }

  private async writeNow(content: string, gate: Promise<unknown>, backup: boolean): Promise<void> {
    const folder = path.dirname(this.filePath);
    const temporaryPath = path.join(folder, `.${path.basename(this.filePath)}.${randomUUID()}${TEMPORARY_FILE_SUFFIX}`);
    try {
      await timeStep('lock check', async () => this.options.guard?.());
      // The backup link and the temporary file's write and fsync overlap: the link only has to exist before the rename.
      await Promise.all([
        timeStep('file: write + fsync temporary', () => writeDurably(temporaryPath, content)),
        backup ? timeStep('file: backup rotation', () => this.preserveBackup()) : undefined,
        gate,
      ]);
      await timeStep('file: rename + folder fsync', async () => {
        killPoint('atomic-json.rename');
        await fs.rename(temporaryPath, this.filePath);
        await syncFolder(folder);
      });
    } catch (error) {
      await fs.rm(temporaryPath, { force: true }).catch(() => undefined);
      // A gate's own error (the journal could not be saved) already says what failed.
      if (error instanceof ApiError) throw error;
      throw new ApiError(
        'STORAGE_FAILED',
        `Could not save ${this.filePath}: ${errorMessage(error)}. Check that the disk has free space and the library folder is writable.`,
        { cause: error },
      );
    }
  }

  private async preserveBackup(): Promise<void> {
    if (!this.options.backups) return;
    try {
      await this.options.backups.preserve();
    } catch (error) {
      this.options.onBackupError?.(error);
    }
  }

  private async removeNow(): Promise<void> {
    try {
      await this.options.guard?.();
      killPoint('atomic-json.remove');
      await fs.rm(this.filePath, { force: true });
      await syncFolder(path.dirname(this.filePath));
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError('STORAGE_FAILED', `Could not remove ${this.filePath}: ${errorMessage(error)}.`, { cause: error });
    }
  }
}

async function writeDurably(filePath: string, content: string): Promise<void> {
  killPoint('atomic-json.create-temporary');
  const handle = await fs.open(filePath, 'wx');
  try {
    // writeFile loops until every byte is written, so a short write cannot pass for a whole one.
    killPoint('atomic-json.write-temporary');
    await handle.writeFile(content, 'utf8');
    killPoint('atomic-json.fsync-temporary');
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
  return messageOf(error);
}
