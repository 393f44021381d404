import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustodyEntry } from '../model/custody-entry.js';
import { FIRST_PREVIOUS_HASH } from '../model/custody-entry.js';
import { ApiError, messageOf } from '../api/api-error.js';
import { killPoint } from '../store/kill-point.js';
import { syncFolder } from '../store/sync-folder.js';
import { writeFully } from '../store/write-fully.js';
import type { WriteGuard } from '../store/write-guard.js';
import { formatCustodyLine, readCustodyLine, sha256Hex } from './custody-line.js';

/** What an entry is given by its writer; the log adds its number, time and the previous entry's hash. */
export type CustodyFields = Omit<CustodyEntry, 'seq' | 'at' | 'prev'>;

/** How far from the end the last entry is looked for at open: entries are well under a kilobyte. */
const TAIL_BYTES = 256 * 1024;

/**
 * `custody.jsonl`: the library's custody log, append-only. Each entry is one line, written and
 * fsynced before append() resolves, carrying the SHA-256 of the line before it and its own
 * (core/custody/custody-line.ts). Appends run one at a time. A line torn by a crash (no newline
 * at the end of the file) belonged to an append that never returned; it is cut off at open.
 */
export class CustodyLog {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly filePath: string,
    private readonly guard: WriteGuard,
    private seq: number,
    private previousLineHash: string,
  ) {}

  /** Opens the log (nothing is written until the first append); `report` hears of a torn line cut off. */
  static async open(filePath: string, options: { guard: WriteGuard; readOnly: boolean; report: (notice: string) => void }): Promise<CustodyLog> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(filePath, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new CustodyLog(filePath, options.guard, 0, FIRST_PREVIOUS_HASH);
      throw new ApiError('STORAGE_FAILED', `Could not read the custody log ${filePath}: ${messageOf(error)}.`, { cause: error });
    }
    let size: number;
    let text: string;
    try {
      size = (await handle.stat()).size;
      const start = Math.max(0, size - TAIL_BYTES);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      text = buffer.toString('utf8');
    } finally {
      await handle.close();
    }
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline !== text.length - 1 && text.length > 0) {
      const keep = size - Buffer.byteLength(text.slice(lastNewline + 1), 'utf8');
      if (!options.readOnly) {
        await options.guard();
        killPoint('custody.truncate');
        await fs.truncate(filePath, keep);
        options.report(`The custody log's last entry was cut short by a crash while it was being written (its action never finished); the partial line was removed.`);
      }
      text = text.slice(0, lastNewline + 1);
    }
    const lines = text.split('\n').filter((line) => line !== '');
    const last = lines.at(-1);
    if (last === undefined) return new CustodyLog(filePath, options.guard, 0, FIRST_PREVIOUS_HASH);
    const read = readCustodyLine(last);
    // A damaged last entry stays as it is (verify names it); the next one still chains to its bytes.
    const seq = read.ok ? read.entry.seq : highestSeqIn(text);
    return new CustodyLog(filePath, options.guard, seq, sha256Hex(last));
  }

  /** Whether nothing has been logged yet. */
  get isEmpty(): boolean {
    return this.seq === 0;
  }

  /** Appends entries (in one write and one fsync) and resolves with them once they are on disk. */
  append(fields: CustodyFields[]): Promise<CustodyEntry[]> {
    const appended = this.tail.then(() => this.appendNow(fields));
    this.tail = appended.catch(() => undefined);
    return appended;
  }

  /** Waits for the appends under way. */
  async settled(): Promise<void> {
    await this.tail;
  }

  private async appendNow(fields: CustodyFields[]): Promise<CustodyEntry[]> {
    if (fields.length === 0) return [];
    const at = new Date().toISOString();
    let seq = this.seq;
    let previous = this.previousLineHash;
    const entries: CustodyEntry[] = [];
    const lines: string[] = [];
    for (const field of fields) {
      const entry: CustodyEntry = { seq: ++seq, at, ...field, prev: previous };
      const line = formatCustodyLine(entry);
      entries.push(entry);
      lines.push(line);
      previous = sha256Hex(line);
    }
    await this.guard();
    let handle: fs.FileHandle | null = null;
    let sizeBefore = 0;
    try {
      killPoint('custody.open');
      handle = await fs.open(this.filePath, 'a');
      sizeBefore = (await handle.stat()).size;
      killPoint('custody.write');
      await writeFully(handle, Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8'));
      killPoint('custody.fsync');
      await handle.datasync();
    } catch (error) {
      // A short write must not stay behind for the next entry to be appended to.
      await handle?.truncate(sizeBefore).catch(() => undefined);
      if (error instanceof ApiError) throw error;
      throw new ApiError('STORAGE_FAILED', `Could not write the custody log ${this.filePath}: ${messageOf(error)}. Check that the disk has free space and the library folder is writable.`, { cause: error });
    } finally {
      await handle?.close();
    }
    // The log's first write made the file: its name must be on disk as well as its bytes.
    if (sizeBefore === 0) await syncFolder(path.dirname(this.filePath));
    this.seq = seq;
    this.previousLineHash = previous;
    return entries;
  }
}

/** The largest `"seq":N` in the log's text (when its last entry is damaged). */
function highestSeqIn(text: string): number {
  let highest = 0;
  for (const match of text.matchAll(/"seq":(\d{1,15})/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}
