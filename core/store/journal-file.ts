import fs from 'node:fs/promises';
import { ApiError } from '../api/api-error.js';
import { describeSchemaIssues } from './describe-schema-issues.js';
import { journalRecordSchema, type JournalRecord } from './journal-record-schema.js';

/** What a journal held when the library opened. */
export interface JournalContent {
  records: JournalRecord[];
  /** Why the journal cannot be trusted (a bad record before its end), or null. */
  damage: string | null;
}

interface PendingRecord {
  line: string;
  apply: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * `library.journal`: an append-only file of index changes, so a save appends one short line
 * instead of rewriting an index of megabytes. Appends are fsynced before they resolve; appends that
 * arrive while one is being synced go to disk together in the next write (group commit). A line
 * torn by a crash is the last one, belonged to a save that never returned, and is ignored.
 */
export class JournalFile {
  readonly filePath: string;
  private handle: fs.FileHandle | null = null;
  private pending: PendingRecord[] = [];
  private flushQueued = false;
  private tail: Promise<void> = Promise.resolve();
  /** Records appended since the journal was last emptied; the owner compacts when it grows. */
  recordCount = 0;

  constructor(filePath: string) {
    this.filePath = filePath;
  }

  /** Reads and validates every record; a missing journal is an empty one. */
  async load(): Promise<JournalContent> {
    let text: string;
    try {
      text = await fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damage: null };
      throw new ApiError('STORAGE_FAILED', `Could not read ${this.filePath}: ${(error as Error).message}.`, { cause: error });
    }
    const lines = text.split('\n');
    const records: JournalRecord[] = [];
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!;
      if (line === '') continue;
      const isLast = lines.slice(n + 1).every((rest) => rest === '');
      let parsed: ReturnType<typeof journalRecordSchema.safeParse>;
      try {
        parsed = journalRecordSchema.safeParse(JSON.parse(line));
      } catch (error) {
        if (isLast) break;
        return { records, damage: `line ${n + 1} is not valid JSON (${(error as Error).message})` };
      }
      if (!parsed.success) {
        if (isLast) break;
        return { records, damage: `line ${n + 1} is not a journal record (${describeSchemaIssues(parsed.error.issues)})` };
      }
      records.push(parsed.data);
    }
    this.recordCount = records.length;
    return { records, damage: null };
  }

  /**
   * Appends one record; `apply` runs once it is on disk (before the promise resolves), so what is
   * in memory never gets ahead of what a crash would leave.
   */
  append(record: JournalRecord, apply: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ line: JSON.stringify(record) + '\n', apply, resolve, reject });
      this.recordCount++;
      if (!this.flushQueued) {
        this.flushQueued = true;
        this.tail = this.tail.then(() => this.flush());
      }
    });
  }

  /**
   * Runs `task` between two appends (used to compact: write the index, then empty the journal), so
   * no record lands between the index write and the truncation.
   */
  exclusive<R>(task: () => Promise<R>): Promise<R> {
    const result = this.tail.then(task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Empties the journal (its records are in the index now); call inside `exclusive`. */
  async truncate(): Promise<void> {
    const handle = await this.open();
    await handle.truncate(0);
    await handle.sync();
    this.recordCount = this.pending.length;
  }

  /** Waits for every append, then closes the file. */
  async close(): Promise<void> {
    await this.exclusive(async () => {
      await this.handle?.close();
      this.handle = null;
    });
  }

  private async flush(): Promise<void> {
    // Everything appended until now goes in this one write; later appends queue the next flush.
    this.flushQueued = false;
    const batch = this.pending;
    this.pending = [];
    try {
      const handle = await this.open();
      await handle.write(batch.map((record) => record.line).join(''));
      await handle.datasync();
    } catch (error) {
      const failure = new ApiError(
        'STORAGE_FAILED',
        `Could not save ${this.filePath}: ${(error as Error).message}. Check that the disk has free space and the library folder is writable.`,
        { cause: error },
      );
      for (const record of batch) record.reject(failure);
      return;
    }
    for (const record of batch) record.apply();
    for (const record of batch) record.resolve();
  }

  private async open(): Promise<fs.FileHandle> {
    this.handle ??= await fs.open(this.filePath, 'a');
    return this.handle;
  }
}
