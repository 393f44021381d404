import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiError, messageOf } from '../api/api-error.js';
import { HostLock } from './host-lock.js';
import { TEMPORARY_FILE_SUFFIX } from './atomic-json-file.js';
import { killPoint } from './kill-point.js';
import { syncFolder } from './sync-folder.js';

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

/** Errors of creating the lock file that mean the library cannot be written at all here. */
const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * The one-writer lock of a library, in two parts. `<library>/.lock`, created with O_EXCL, says who
 * holds it: a lock whose process is gone (same host, pid not alive) is taken over; a lock of a
 * live process, or of another host (a library on a shared drive), refuses with LIBRARY_LOCKED
 * naming the holder. And a lock kept by the operating system (HostLock), which a removed lock
 * file cannot bypass. The holder checks before each batch of writes that the lock file is still
 * its own (`assertHeld`); once it is not, every later write fails with LIBRARY_LOCK_LOST.
 * A folder where the lock file cannot be created (read-only) throws LIBRARY_READ_ONLY.
 */
export class LibraryLock {
  /** Why writing stopped, once the lock file turned out not to be this process's. */
  private lost: ApiError | null = null;
  private checking: Promise<void> | null = null;

  private constructor(
    readonly lockPath: string,
    private readonly folder: string,
    private readonly content: LockContent,
    private readonly hostLock: HostLock,
    /** The lock file's inode and change time as this process left them. */
    private readonly inode: bigint,
    private changedNs: bigint,
  ) {}

  /** Takes the lock, recovering one left by a crashed process; `recovered` says whether it did. */
  static async acquire(lockPath: string, folder: string, owner: LibraryOwner): Promise<{ lock: LibraryLock; recovered: boolean }> {
    const content: LockContent = { pid: process.pid, hostname: os.hostname(), app: owner, startedAt: new Date().toISOString(), token: randomUUID() };
    const hostLock = await HostLock.acquire(folder, () => ({ ...content, token: undefined }));
    if (!(hostLock instanceof HostLock)) {
      const holder = hostLock.refusedBy;
      if (holder !== null && typeof holder.pid === 'number') throw lockedError(folder, toLockContent(holder) ?? content);
      throw new ApiError('LIBRARY_LOCKED', `The library ${folder} is open in another program right now; close it first.`);
    }
    try {
      return await LibraryLock.createLockFile(lockPath, folder, content, hostLock);
    } catch (error) {
      hostLock.release();
      throw error;
    }
  }

  private static async createLockFile(lockPath: string, folder: string, content: LockContent, hostLock: HostLock): Promise<{ lock: LibraryLock; recovered: boolean }> {
    let recovered = false;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const inode = await createComplete(lockPath, JSON.stringify(content) + '\n');
        return { lock: new LibraryLock(lockPath, folder, content, hostLock, inode.ino, inode.ctimeNs), recovered };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (READ_ONLY_CODES.has(code)) {
          throw new ApiError('LIBRARY_READ_ONLY', `The library ${folder} cannot be written here (${code}: ${messageOf(error)}).`, { cause: error });
        }
        if (code !== 'EEXIST') {
          throw new ApiError('STORAGE_FAILED', `Could not create the lock file ${lockPath}: ${messageOf(error)}.`, { cause: error });
        }
      }
      const holder = await readHolder(lockPath);
      if (holder === 'gone') continue;
      if (holder !== null && !isStale(holder)) throw lockedError(folder, holder);
      if (holder === null && !(await isOldUnreadable(lockPath))) {
        throw new ApiError('LIBRARY_LOCKED', `The library ${folder} is being opened by another program right now; try again in a moment.`);
      }
      // Renaming first makes the takeover atomic: of two processes recovering at once, one rename wins.
      const stale = `${lockPath}.stale-${randomUUID()}${TEMPORARY_FILE_SUFFIX}`;
      try {
        killPoint('lock.takeover');
        await fs.rename(lockPath, stale);
        await fs.rm(stale, { force: true });
        recovered = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new ApiError('LIBRARY_LOCKED', `Could not take the lock of the library ${folder}: other programs keep opening it.`);
  }

  /** Whether the lock file turned out not to be this process's any more (writing stopped). */
  get isLost(): boolean {
    return this.lost !== null;
  }

  /** Whether the operating system keeps the lock too (false where the platform has no such lock). */
  get isExclusive(): boolean {
    return this.hostLock.isExclusive;
  }

  /**
   * Resolves while the lock file is still this process's: the same inode (not removed and made
   * anew) with this process's token in it. One stat when nothing changed; concurrent callers share
   * one check. Throws LIBRARY_LOCK_LOST, now and for every later call, once it is not.
   */
  assertHeld(): Promise<void> {
    if (this.lost) return Promise.reject(this.lost);
    this.checking ??= this.check().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async check(): Promise<void> {
    const stat = await fs.stat(this.lockPath, { bigint: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (stat !== null && stat.ino === this.inode && stat.ctimeNs === this.changedNs) return;
    // The change time moves with any change, even a chmod: the content says whether it is still ours.
    const holder = stat !== null && stat.ino === this.inode ? await readHolder(this.lockPath) : 'gone';
    if (holder !== null && holder !== 'gone' && holder.token === this.content.token) {
      this.changedNs = stat!.ctimeNs;
      return;
    }
    const what = holder === 'gone' ? 'was removed' : 'was replaced by another program\'s';
    this.lost = new ApiError(
      'LIBRARY_LOCK_LOST',
      `Research Notes stopped saving to the library ${this.folder}: its lock file ${this.lockPath} ${what}, so another program may be writing the library. What you change now is not saved; close the library and open it again.`,
    );
    throw this.lost;
  }

  /** Gives the lock up, if it is still this process's (a user may have removed it by hand). */
  async release(): Promise<void> {
    try {
      const holder = await readHolder(this.lockPath);
      if (holder !== null && holder !== 'gone' && holder.token === this.content.token) {
        killPoint('lock.release');
        await fs.rm(this.lockPath, { force: true });
      }
    } finally {
      this.hostLock.release();
    }
  }
}

/**
 * Creates the lock file with its whole content or not at all: written to a temporary file and
 * fsynced, then hard-linked as `.lock`, which fails if one exists (as O_EXCL would). A crash never
 * leaves an empty lock file that would keep the library shut until it is old. Returns the lock
 * file's inode and change time once it is in place.
 */
async function createComplete(lockPath: string, text: string): Promise<{ ino: bigint; ctimeNs: bigint }> {
  const temporary = `${path.join(path.dirname(lockPath), `.${path.basename(lockPath)}.${randomUUID()}`)}${TEMPORARY_FILE_SUFFIX}`;
  try {
    killPoint('lock.create-temporary');
    const handle = await fs.open(temporary, 'wx');
    try {
      killPoint('lock.write-temporary');
      await handle.writeFile(text);
      killPoint('lock.fsync-temporary');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      killPoint('lock.link');
      await fs.link(temporary, lockPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // File systems without hard links: O_EXCL on the lock file itself, as before.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
      killPoint('lock.create');
      await fs.writeFile(lockPath, text, { flag: 'wx' });
    }
  } finally {
    killPoint('lock.remove-temporary');
    await fs.rm(temporary, { force: true });
  }
  await syncFolder(path.dirname(lockPath));
  const stat = await fs.stat(lockPath, { bigint: true });
  return { ino: stat.ino, ctimeNs: stat.ctimeNs };
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
    return toLockContent(JSON.parse(text) as Record<string, unknown>);
  } catch {
    // An empty or partial lock file: its writer died between creating and writing it.
    return null;
  }
}

function toLockContent(json: Record<string, unknown>): LockContent | null {
  if (typeof json.pid !== 'number' || typeof json.hostname !== 'string') return null;
  return { pid: json.pid, hostname: json.hostname, app: String(json.app ?? 'another program'), startedAt: String(json.startedAt ?? 'an unknown time'), token: String(json.token ?? '') };
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
