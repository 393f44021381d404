import fs from 'node:fs/promises';
import path from 'node:path';
import { killPoint } from './kill-point.js';
import { syncFolder } from './sync-folder.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * `<library>/library.repair`: written before a repair of the index starts, removed at the first
 * clean close after it. While it is there, each open rebuilds the index from the article files
 * and says why (its reasons), so a repair that a crash interrupts at any step is finished by the
 * next open, and its notice is not lost with the process that found the damage.
 */
export class RepairMarker {
  private reasons: string[] = [];

  constructor(readonly filePath: string) {}

  /** The reasons of a repair left unfinished (empty when there is none). */
  async read(): Promise<string[]> {
    try {
      const json = JSON.parse(await fs.readFile(this.filePath, 'utf8')) as { reasons?: unknown };
      this.reasons = Array.isArray(json.reasons) ? json.reasons.filter((reason): reason is string => typeof reason === 'string') : [];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      // A marker torn by a crash still says that a repair was under way.
      this.reasons = [];
    }
    return this.reasons.length > 0 ? [...this.reasons] : ['An earlier repair of the library index did not finish'];
  }

  /** Records (durably) that a repair for these reasons is starting. */
  async write(reasons: readonly string[]): Promise<void> {
    this.reasons = [...new Set([...this.reasons, ...reasons])];
    await writeFileAtomic(this.filePath, `${JSON.stringify({ reasons: this.reasons })}\n`, { syncFolder: true });
  }

  /** Removes the marker (the repaired library was closed cleanly); nothing when there is none. */
  async remove(): Promise<void> {
    killPoint('repair-marker.remove');
    await fs.rm(this.filePath, { force: true });
    await syncFolder(path.dirname(this.filePath));
  }
}
