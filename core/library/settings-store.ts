import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, messageOf } from '../api/api-error.js';
import { AtomicJsonFile } from '../store/atomic-json-file.js';
import { BackupSlots } from '../store/backup-slots.js';
import { restoreFromBackup } from '../store/restore-from-backup.js';
import { copySettingsFile, SETTINGS_FILE_VERSIONING, settingsFileSchema, type SettingsFile } from '../store/settings-file-schema.js';
import type { WriteGuard } from '../store/write-guard.js';

/** The settings file's name in the library folder. */
export const SETTINGS_FILE_NAME = 'settings.json';

/** How the settings file is opened. */
export interface SettingsStoreOptions {
  /** Where its last versions are kept (`<library>/backups`). */
  backupsFolder: string;
  /** Checked before each write. */
  guard?: WriteGuard;
  /** A library opened read-only: nothing is written, a missing file reads as the defaults. */
  readOnly?: boolean;
}

/**
 * The library's settings.json in memory: read once at open, changed one at a time, each change
 * written atomically before it is visible, its last three versions kept in backups/ like every
 * file's. A damaged file is moved aside and its newest good backup restored (reported); with no
 * good backup, the defaults take its place.
 */
export class SettingsStore {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly file: AtomicJsonFile<SettingsFile>,
    private data: SettingsFile,
  ) {}

  /** Reads (creating with defaults) `<folder>/settings.json`. */
  static async open(folder: string, report: (notice: string) => void, options: SettingsStoreOptions): Promise<SettingsStore> {
    const filePath = path.join(folder, SETTINGS_FILE_NAME);
    const backups = new BackupSlots(filePath, options.backupsFolder);
    const file = new AtomicJsonFile(filePath, settingsFileSchema, {
      versioning: SETTINGS_FILE_VERSIONING,
      backups,
      onBackupError: (error) => report(`Could not keep a backup of ${filePath}: ${messageOf(error)}.`),
      ...(options.guard ? { guard: options.guard } : {}),
    });
    let data: SettingsFile | null;
    if (options.readOnly) {
      data = await file.read().catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.code !== 'LIBRARY_DAMAGED') throw error;
        report(`The settings file ${filePath} is damaged; the defaults are shown (the library is read-only, so it was left as it is).`);
        return null;
      });
    } else {
      const hadFile = await fileExists(filePath);
      data = await restoreFromBackup(file, backups, report);
      if (data === null && hadFile) {
        report(`No good backup of the settings file ${filePath} was found: the colour legend, claim kinds, tag colours and saved filters were reset to their defaults.`);
      }
    }
    if (data === null) {
      data = settingsFileSchema.parse({ schemaVersion: 1, libraryId: randomUUID() });
      if (!options.readOnly) await file.write(data);
    }
    return new SettingsStore(file, data);
  }

  /** The settings as they are now (a copy). */
  get(): SettingsFile {
    return copySettingsFile(this.data);
  }

  /** Applies a change to a copy, saves it, then makes it current; returns the new settings. */
  update(change: (draft: SettingsFile) => void): Promise<SettingsFile> {
    const next = this.tail.then(async () => {
      const draft = copySettingsFile(this.data);
      change(draft);
      await this.file.write(draft);
      this.data = draft;
      return copySettingsFile(draft);
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Waits for pending writes. */
  async settled(): Promise<void> {
    await this.tail;
    await this.file.settled();
  }
}

async function fileExists(filePath: string): Promise<boolean> {
  return fs.access(filePath).then(
    () => true,
    () => false,
  );
}
