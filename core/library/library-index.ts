import { AtomicJsonFile } from '../store/atomic-json-file.js';
import { timeStep } from '../store/step-timings.js';
import { BackupSlots } from '../store/backup-slots.js';
import { JOURNAL_VERSION, type JournalRecord } from '../store/journal-record-schema.js';
import { isLibraryIndex } from '../store/is-library-index.js';
import { JournalFile } from '../store/journal-file.js';
import {
  emptyLibraryIndex,
  LIBRARY_INDEX_VERSIONING,
  libraryIndexSchema,
  type LibraryIndexData,
  type LibraryIndexEntry,
} from '../store/library-index-schema.js';
import type { LibraryLayout } from '../store/library-layout.js';
import { NewerFormatError } from '../store/newer-format-error.js';
import type { WriteGuard } from '../store/write-guard.js';
import { ApiError, messageOf } from '../api/api-error.js';
import type { Tag } from '../model/tag.js';
import { tagKey } from '../rules/tag-key.js';

/** Journal records after which the index is rewritten: bounds replay and the checks after a crash. */
const COMPACT_AFTER_RECORDS = 500;

/** The index as found at open, before any repair. */
export interface LoadedLibraryIndex {
  index: LibraryIndex;
  /** Articles changed since the index was written, or being written when it was: check them after a crash. */
  touched: Set<string>;
  /** Why the index must be rebuilt from the article files (damaged), or null. */
  rebuildReason: string | null;
  /** The damaged files behind rebuildReason: kept aside by the repair, which must not back them up or truncate them. */
  damaged: { index: boolean; journal: boolean };
  /** Whether library.json was not there (a new library, or one whose index was lost). */
  indexMissing: boolean;
  /** Whether the index should be written now (migrated from an older version, or new). */
  shouldCompact: boolean;
}

/** How a compaction writes. */
export interface CompactOptions {
  /** The articles whose file writes are still under way, for the check after a crash. */
  unsettled?: () => string[];
  /** A repair: library.json is damaged, so its content is kept aside rather than as a backup. */
  withoutBackup?: boolean;
  /** A repair: the journal is damaged and kept aside by a hard link, so it is removed, not emptied. */
  removeJournal?: boolean;
}

/**
 * The library index in memory: entries by id (in the order they were added), the library-wide tag
 * counts kept up to date as entries change, and the files behind it. A change is appended to
 * library.journal and applied in memory once it is on disk; library.json is rewritten (compacted)
 * only at open, close and every COMPACT_AFTER_RECORDS changes, so a save never rewrites megabytes.
 */
export class LibraryIndex {
  private readonly entries = new Map<string, LibraryIndexEntry>();
  private readonly tags = new Map<string, Tag>();
  /** The last sequence number handed out, and the last one on disk and applied. */
  private seq: number;
  private appliedSeq: number;
  private compaction: Promise<void> | null = null;

  private constructor(
    private readonly indexFile: AtomicJsonFile<LibraryIndexData>,
    private readonly journal: JournalFile,
    data: LibraryIndexData,
  ) {
    this.seq = data.journalSeq;
    this.appliedSeq = data.journalSeq;
    for (const entry of data.articles) this.setInMemory(entry);
  }

  /**
   * Reads library.json and replays library.journal. A damaged one is left where it is and named
   * in rebuildReason: the repair keeps it aside only once it is ready to write the rebuilt index.
   */
  static async load(layout: LibraryLayout, report: (notice: string) => void, guard?: WriteGuard): Promise<LoadedLibraryIndex> {
    const indexFile = new AtomicJsonFile(layout.indexPath, libraryIndexSchema, {
      versioning: LIBRARY_INDEX_VERSIONING,
      backups: new BackupSlots(layout.indexPath, layout.backupsFolder),
      onBackupError: (error) => report(`Could not keep a backup of ${layout.indexPath}: ${messageOf(error)}.`),
      compact: true,
      isValid: isLibraryIndex,
      ...(guard ? { guard } : {}),
    });
    const journal = new JournalFile(layout.journalPath, guard);
    let data: LibraryIndexData | null = null;
    let rebuildReason: string | null = null;
    const damaged = { index: false, journal: false };
    try {
      data = await indexFile.read();
    } catch (error) {
      if (error instanceof NewerFormatError || !(error instanceof ApiError) || error.code !== 'LIBRARY_DAMAGED') throw error;
      damaged.index = true;
      rebuildReason = `The library index ${layout.indexPath} was damaged`;
    }
    const index = new LibraryIndex(indexFile, journal, data ?? emptyLibraryIndex());
    const content = await journal.load();
    if (content.damage !== null) {
      damaged.journal = true;
      rebuildReason ??= `The library journal ${layout.journalPath} was damaged (${content.damage})`;
    }
    const touched = new Set<string>(data?.unsettled ?? []);
    for (const record of content.records) {
      if (record.seq <= index.seq) continue;
      index.seq = record.seq;
      index.appliedSeq = record.seq;
      if ('put' in record) {
        index.setInMemory(record.put);
        touched.add(record.put.id);
      } else {
        index.removeInMemory(record.remove);
        touched.add(record.remove);
      }
    }
    // After a damaged line the journal says nothing more: sequence numbers go on past all of it.
    if (content.damage !== null) index.seq = index.appliedSeq = Math.max(index.seq, content.highestSeq);
    const shouldCompact = data === null || indexFile.migrated || content.records.length > 0;
    return { index, touched, rebuildReason, damaged, indexMissing: data === null && !damaged.index, shouldCompact };
  }

  /** How many articles the library holds. */
  get size(): number {
    return this.entries.size;
  }

  /** One article's entry, or undefined. */
  get(id: string): LibraryIndexEntry | undefined {
    return this.entries.get(id);
  }

  /** Every entry, in the order the articles were added. */
  values(): IterableIterator<LibraryIndexEntry> {
    return this.entries.values();
  }

  /** Every tag of the library with how many highlights carry it. */
  tagList(): Iterable<Tag> {
    return this.tags.values();
  }

  /** The library's spelling of a tag by lower-cased name, leaving out one use of each of `ownTags`. */
  canonicalTagName(key: string, ownTags: readonly string[] = []): string | undefined {
    const tag = this.tags.get(key);
    if (!tag) return undefined;
    const own = ownTags.filter((name) => tagKey(name) === key).length;
    return tag.count - own > 0 ? tag.name : undefined;
  }

  /** Records an entry as it now is; resolves once the record is on disk (and then in memory). */
  put(entry: LibraryIndexEntry): Promise<void> {
    const record: JournalRecord = { v: JOURNAL_VERSION, seq: ++this.seq, put: entry };
    return this.journal.append(record, () => {
      this.appliedSeq = record.seq;
      this.setInMemory(entry);
    });
  }

  /** Records an article's removal; resolves once the record is on disk (and then in memory). */
  remove(id: string): Promise<void> {
    const record: JournalRecord = { v: JOURNAL_VERSION, seq: ++this.seq, remove: id };
    return this.journal.append(record, () => {
      this.appliedSeq = record.seq;
      this.removeInMemory(id);
    });
  }

  /** Replaces every entry in memory (after a rebuild from the article files); compact() saves it. */
  replaceAll(entries: readonly LibraryIndexEntry[]): void {
    this.entries.clear();
    this.tags.clear();
    for (const entry of entries) this.setInMemory(entry);
  }

  /** Changes an entry in memory only (repairs at open, saved by the compaction that follows). */
  setInMemory(entry: LibraryIndexEntry): void {
    const old = this.entries.get(entry.id);
    if (old) this.countTags(old, -1);
    // Setting an existing key keeps its place, so a changed article keeps its position in the list.
    this.entries.set(entry.id, entry);
    this.countTags(entry, 1);
  }

  /** Removes an entry in memory only. */
  removeInMemory(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    this.countTags(old, -1);
    this.entries.delete(id);
  }

  private countTags(entry: LibraryIndexEntry, sign: 1 | -1): void {
    for (const use of entry.tags) {
      const key = tagKey(use.name);
      const tag = this.tags.get(key);
      // The first spelling met wins; tags are stored canonically, so spellings agree anyway.
      if (sign < 0) {
        if (tag && (tag.count -= use.count) <= 0) this.tags.delete(key);
      } else if (tag) {
        tag.count += use.count;
      } else {
        this.tags.set(key, { name: use.name, count: use.count });
      }
    }
  }

  /** Whether the journal holds changes that library.json does not. */
  get hasJournal(): boolean {
    return this.journal.recordCount > 0;
  }

  /** Whether the journal has grown enough to be folded into library.json. */
  get wantsCompaction(): boolean {
    return this.journal.recordCount >= COMPACT_AFTER_RECORDS && this.compaction === null;
  }

  /**
   * Writes library.json from memory and then empties the journal, between two journal appends,
   * so a crash in between leaves an index and a journal that replays onto it without change.
   */
  compact(options: CompactOptions = {}): Promise<void> {
    this.compaction ??= this.journal
      .exclusive(() => timeStep('index compaction', async () => {
        const data: LibraryIndexData = { schemaVersion: 2, journalSeq: this.appliedSeq, unsettled: options.unsettled?.() ?? [], articles: [...this.entries.values()] };
        await this.indexFile.write(data, { backup: !options.withoutBackup });
        if (options.removeJournal) await this.journal.removeFile();
        else await this.journal.truncate();
      }))
      .finally(() => {
        this.compaction = null;
      });
    return this.compaction;
  }

  /** Waits for every journal append and closes the journal. */
  async close(): Promise<void> {
    await this.journal.close();
  }
}
