import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import { ApiError } from '../api/api-error.js';

/** Which program holds a library: named in the message a second opener gets. */
export type LibraryOwner = 'web shell' | 'Electron' | 'command line' | (string & {});

/** What `<library>/.lock` holds. */
interface LockContent {
  pid: number;
  hostname: string;
  app: string;
  startedAt: string;
  token: string;
}

/** A lock file that says nothing useful is older than this only if its writer died while writing it. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

/**
 * The one-writer lock of a library: `<library>/.lock`, created with O_EXCL, holding who holds it.
 * A lock whose process is gone (same host, pid not alive) is taken over; a lock of a live process,
 * or of another host (a library on a shared drive), refuses with LIBRARY_LOCKED naming the holder.
 */
export class LibraryLock {
  private constructor(
    readonly lockPath: string,
    private readonly token: string,
  ) {}

  /** Takes the lock, recovering one left by a crashed process; `recovered` says whether it did. */
  static async acquire(lockPath: string, folder: string, owner: LibraryOwner): Promise<{ lock: LibraryLock; recovered: boolean }> {
    const content: LockContent = { pid: process.pid, hostname: os.hostname(), app: owner, startedAt: new Date().toISOString(), token: randomUUID() };
    let recovered = false;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const handle = await fs.open(lockPath, 'wx');
        try {
          await handle.writeFile(JSON.stringify(content) + '\n');
          await handle.sync();
        } finally {
          await handle.close();
        }
        return { lock: new LibraryLock(lockPath, content.token), recovered };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new ApiError('STORAGE_FAILED', `Could not create the lock file ${lockPath}: ${(error as Error).message}.`, { cause: error });
        }
      }
      const holder = await readHolder(lockPath);
      if (holder === 'gone') continue;
      if (holder !== null && !isStale(holder)) throw lockedError(folder, holder);
      if (holder === null && !(await isOldUnreadable(lockPath))) {
        throw new ApiError('LIBRARY_LOCKED', `The library ${folder} is being opened by another program right now; try again in a moment.`);
      }
      // Renaming first makes the takeover atomic: of two processes recovering at once, one rename wins.
      const stale = `${lockPath}.stale-${randomUUID()}`;
      try {
        await fs.rename(lockPath, stale);
        await fs.rm(stale, { force: true });
        recovered = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new ApiError('LIBRARY_LOCKED', `Could not take the lock of the library ${folder}: other programs keep opening it.`);
  }

  /** Gives the lock up, if it is still this process's (a user may have removed it by hand). */
  async release(): Promise<void> {
    const holder = await readHolder(this.lockPath);
    if (holder !== null && holder !== 'gone' && holder.token === this.token) await fs.rm(this.lockPath, { force: true });
  }
}

async function readHolder(lockPath: string): Promise<LockContent | null | 'gone'> {
  let text: string;
  try {
    text = await fs.readFile(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const json = JSON.parse(text) as Partial<LockContent>;
    if (typeof json.pid === 'number' && typeof json.hostname === 'string') {
      return { pid: json.pid, hostname: json.hostname, app: String(json.app ?? 'another program'), startedAt: String(json.startedAt ?? 'an unknown time'), token: String(json.token ?? '') };
    }
  } catch {
    // An empty or partial lock file: its writer died between creating and writing it.
  }
  return null;
}

function isStale(holder: LockContent): boolean {
  // Another host's processes cannot be checked from here; only a person can say that lock is stale.
  if (holder.hostname !== os.hostname()) return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function isOldUnreadable(lockPath: string): Promise<boolean> {
  const stat = await fs.stat(lockPath).catch(() => null);
  return stat === null || Date.now() - stat.mtimeMs > UNREADABLE_LOCK_GRACE_MS;
}

function lockedError(folder: string, holder: LockContent): ApiError {
  const where = holder.hostname === os.hostname() ? '' : ` on the computer ${holder.hostname}`;
  return new ApiError(
    'LIBRARY_LOCKED',
    `The library ${folder} is open in ${describeOwner(holder.app)} (pid ${holder.pid}${where}) since ${holder.startedAt}; close it first.`,
  );
}

function describeOwner(app: string): string {
  if (app === 'web shell') return 'the web shell';
  if (app === 'Electron') return 'the Research Notes window (Electron)';
  if (app === 'command line') return 'a research-notes command';
  return app;
}
