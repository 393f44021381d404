import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ApiError } from '../api/api-error.js';
import { AtomicJsonFile } from '../store/atomic-json-file.js';
import { moveAside } from '../store/move-aside.js';
import { copySettingsFile, SETTINGS_FILE_VERSIONING, settingsFileSchema, type SettingsFile } from '../store/settings-file-schema.js';

/** The settings file's name in the library folder. */
export const SETTINGS_FILE_NAME = 'settings.json';

/**
 * The library's settings.json in memory: read once at open, changed one at a time, each change
 * written atomically before it is visible. A damaged file is reported and replaced by defaults
 * (it holds preferences, not the user's work), keeping the damaged copy beside it.
 */
export class SettingsStore {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly file: AtomicJsonFile<SettingsFile>,
    private data: SettingsFile,
  ) {}

  /** Reads (creating with defaults) `<folder>/settings.json`. */
  static async open(folder: string, report: (notice: string) => void): Promise<SettingsStore> {
    const filePath = path.join(folder, SETTINGS_FILE_NAME);
    const file = new AtomicJsonFile(filePath, settingsFileSchema, { versioning: SETTINGS_FILE_VERSIONING });
    let data: SettingsFile | null = null;
    try {
      data = await file.read();
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'LIBRARY_DAMAGED') throw error;
      const movedTo = await moveAside(filePath);
      report(`The settings file ${filePath} was damaged; it was moved to ${movedTo}, and the colour legend, claim kinds, tag colours and saved filters were reset to their defaults.`);
    }
    if (data === null) {
      data = settingsFileSchema.parse({ schemaVersion: 1, libraryId: randomUUID() });
      await file.write(data);
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
