import fs from 'node:fs/promises';
import { timeStep } from './step-timings.js';
import path from 'node:path';
import { ApiError, messageOf } from '../api/api-error.js';
import { describeSchemaIssues } from './describe-schema-issues.js';
import { journalRecordSchema, type JournalRecord } from './journal-record-schema.js';
import { killPoint } from './kill-point.js';
import { syncFolder } from './sync-folder.js';
import { writeFully } from './write-fully.js';
import type { WriteGuard } from './write-guard.js';

/** What a journal held when the library opened. */
export interface JournalContent {
  records: JournalRecord[];
  /** Why the journal cannot be trusted (a bad record before its end), or null. */
  damage: string | null;
  /** The highest sequence number that appears to be in the file, even past a damaged line. */
  highestSeq: number;
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
 * torn by a crash is the last one, belonged to a save that never returned, and is ignored. A
 * write that fails or is short (a full disk) fails its saves and is cut off again, so the file
 * never keeps a torn line that later appends would bury in the middle.
 */
export class JournalFile {
  readonly filePath: string;
  private handle: fs.FileHandle | null = null;
  private pending: PendingRecord[] = [];
  private flushQueued = false;
  private tail: Promise<void> = Promise.resolve();
  /** The journal's length up to its last complete batch; null until the file is first opened. */
  private goodLength: number | null = null;
  /** Whether a failed batch may have left bytes past goodLength (cut off before the next write). */
  private mayBeTorn = false;
  /** Records appended since the journal was last emptied; the owner compacts when it grows. */
  recordCount = 0;

  constructor(
    filePath: string,
    private readonly guard: WriteGuard = async () => undefined,
  ) {
    this.filePath = filePath;
  }

  /** Reads and validates every record; a missing journal is an empty one. */
  async load(): Promise<JournalContent> {
    let text: string;
    try {
      text = await fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damage: null, highestSeq: 0 };
      throw new ApiError('STORAGE_FAILED', `Could not read ${this.filePath}: ${messageOf(error)}.`, { cause: error });
    }
    const lines = text.split('\n');
    // The text after the last newline is a line whose write never finished (or nothing).
    const lastComplete = lines.length - 2;
    let lastNonEmpty = lines.length - 1;
    while (lastNonEmpty >= 0 && lines[lastNonEmpty] === '') lastNonEmpty--;
    const records: JournalRecord[] = [];
    let goodLength = 0;
    for (let n = 0; n <= lastComplete; n++) {
      const line = lines[n]!;
      if (line !== '') {
        const isLast = n === lastNonEmpty;
        let parsed: ReturnType<typeof journalRecordSchema.safeParse>;
        try {
          parsed = journalRecordSchema.safeParse(JSON.parse(line));
        } catch (error) {
          if (isLast) break;
          return { records, damage: `line ${n + 1} is not valid JSON (${messageOf(error)})`, highestSeq: highestSeqIn(text) };
        }
        if (!parsed.success) {
          if (isLast) break;
          return { records, damage: `line ${n + 1} is not a journal record (${describeSchemaIssues(parsed.error.issues)})`, highestSeq: highestSeqIn(text) };
        }
        records.push(parsed.data);
      }
      goodLength += Buffer.byteLength(line, 'utf8') + 1;
    }
    // A torn last line is cut off before the next append, which would otherwise bury it mid-file.
    this.goodLength = goodLength;
    this.mayBeTorn = goodLength < Buffer.byteLength(text, 'utf8');
    this.recordCount = records.length;
    return { records, damage: null, highestSeq: records.at(-1)?.seq ?? 0 };
  }

  /**
   * Appends one record; `apply` runs once it is on disk (before the promise resolves), so what is
   * in memory never gets ahead of what a crash would leave.
   */
  append(record: JournalRecord, apply: () => void): Promise<void> {
    return timeStep('journal: append (queued, written, synced)', () => this.appendNow(record, apply));
  }

  private appendNow(record: JournalRecord, apply: () => void): Promise<void> {
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
    killPoint('journal.truncate');
    await handle.truncate(0);
    killPoint('journal.fsync');
    await handle.sync();
    this.goodLength = 0;
    this.mayBeTorn = false;
    this.recordCount = this.pending.length;
  }

  /**
   * Removes the journal file (a repair, after the rebuilt index is on disk: the journal was kept
   * aside by a hard link, which truncating would empty too); call inside `exclusive`, before any append.
   */
  async removeFile(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
    killPoint('journal.remove');
    await fs.rm(this.filePath, { force: true });
    await syncFolder(path.dirname(this.filePath));
    this.goodLength = 0;
    this.mayBeTorn = false;
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
      await timeStep('lock check', () => this.guard());
      const handle = await this.open();
      if (this.mayBeTorn) {
        // What a failed batch may have left must go before anything follows it.
        killPoint('journal.truncate');
        await handle.truncate(this.goodLength!);
        this.mayBeTorn = false;
      }
      const bytes = Buffer.from(batch.map((record) => record.line).join(''), 'utf8');
      this.mayBeTorn = true;
      await timeStep('journal: write', () => {
        killPoint('journal.write');
        return writeFully(handle, bytes);
      });
      await timeStep('journal: fsync', () => {
        killPoint('journal.fsync');
        return handle.datasync();
      });
      this.mayBeTorn = false;
      this.goodLength! += bytes.length;
    } catch (error) {
      if (this.mayBeTorn) await this.cutOffTornBatch();
      if (error instanceof ApiError) {
        for (const record of batch) record.reject(error);
        return;
      }
      const failure = new ApiError(
        'STORAGE_FAILED',
        `Could not save ${this.filePath}: ${messageOf(error)}. Check that the disk has free space and the library folder is writable.`,
        { cause: error },
      );
      for (const record of batch) record.reject(failure);
      return;
    }
    for (const record of batch) record.apply();
    for (const record of batch) record.resolve();
  }

  /** Cuts a failed batch's bytes off at once; if that fails too, the next flush tries again first. */
  private async cutOffTornBatch(): Promise<void> {
    try {
      killPoint('journal.truncate');
      await this.handle!.truncate(this.goodLength!);
      await this.handle!.datasync();
      this.mayBeTorn = false;
    } catch {
      // Still marked torn: no batch is written until the cut succeeds.
    }
  }

  private async open(): Promise<fs.FileHandle> {
    if (this.handle === null) {
      killPoint('journal.open');
      const handle = await fs.open(this.filePath, 'a');
      try {
        // Known from load() unless the file was not there; a file made since holds nothing of ours.
        if (this.goodLength === null) this.goodLength = (await handle.stat()).size;
      } catch (error) {
        await handle.close();
        throw error;
      }
      this.handle = handle;
    }
    return this.handle;
  }
}

/** The largest `"seq":N` in a journal's text, damaged lines included. */
function highestSeqIn(text: string): number {
  let highest = 0;
  for (const match of text.matchAll(/"seq":(\d{1,15})/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}
