import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

/** What a holder answers to a process that finds the library taken (the lock file's content). */
export type HolderDescription = Record<string, unknown>;

/** How long a refused opener waits for the holder to say who it is. */
const ASK_HOLDER_TIMEOUT_MS = 1_000;

/** Servers this process holds, by lock name: a second open in the same process shares the first's. */
const held = new Map<string, { server: net.Server; users: number; describe: () => HolderDescription }>();

/**
 * An exclusive lock on a library folder kept by the operating system, which a removed or
 * replaced `.lock` file cannot bypass, and which the kernel gives back when the process dies,
 * even by SIGKILL. Node has no flock(); a native module (fs-ext) would need compiling for every
 * Node and Electron release on every platform, and a lock on a file is lost with the file anyway.
 * So the lock is a local socket that only one process can listen on: on Linux an abstract socket
 * (no file at all) named after the folder's device and inode, on Windows a named pipe named
 * after its path. Where neither exists (macOS, other Unixes) `acquire` returns a lock that holds
 * nothing, and the lock file's own checks are all there is. A library opened from two network
 * namespaces (containers) or two computers is not covered either: the lock file still is.
 */
export class HostLock {
  private released = false;

  private constructor(private readonly name: string | null) {}

  /**
   * Takes the folder's lock; `describe` is what a refused opener is told. Resolves to
   * `{ refusedBy }` with the holder's description when another process holds it.
   */
  static async acquire(folder: string, describe: () => HolderDescription): Promise<HostLock | { refusedBy: HolderDescription | null }> {
    const name = await lockName(folder);
    if (name === null) return new HostLock(null);
    const mine = held.get(name);
    if (mine) {
      // The same process again (tests that simulate a crash): the lock file decides, as before.
      mine.users++;
      return new HostLock(name);
    }
    const server = net.createServer((socket) => {
      socket.unref();
      socket.on('error', () => undefined);
      socket.end(`${JSON.stringify(held.get(name)?.describe() ?? {})}\n`);
    });
    const listening = await new Promise<boolean>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
      server.listen(name, () => resolve(true));
    }).catch(() => null);
    // A platform or sandbox that refuses local sockets: no lock to take, as on macOS.
    if (listening === null) return new HostLock(null);
    if (!listening) return { refusedBy: await askHolder(name) };
    // The lock must never keep a command-line process alive after its work is done.
    server.unref();
    held.set(name, { server, users: 1, describe });
    return new HostLock(name);
  }

  /** Whether this lock is kept by the operating system here (false: the platform has none). */
  get isExclusive(): boolean {
    return this.name !== null;
  }

  /** Gives the lock back (once). */
  release(): void {
    if (this.released || this.name === null) return;
    this.released = true;
    const mine = held.get(this.name);
    if (!mine || --mine.users > 0) return;
    held.delete(this.name);
    mine.server.close();
  }
}

async function lockName(folder: string): Promise<string | null> {
  if (process.platform === 'linux') {
    // Device and inode: the same folder under any path (a symlink, a bind mount) gets one name.
    const stat = await fs.stat(folder, { bigint: true });
    return `\0research-notes-library-lock:${stat.dev}:${stat.ino}`;
  }
  if (process.platform === 'win32') {
    const resolved = (await fs.realpath(folder)).toLowerCase();
    return path.join('\\\\?\\pipe', `research-notes-library-lock-${createHash('sha256').update(resolved).digest('hex').slice(0, 32)}`);
  }
  return null;
}

/** What the holder says about itself, or null when it does not answer in time. */
function askHolder(name: string): Promise<HolderDescription | null> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = net.connect(name);
    const done = (value: HolderDescription | null): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(value);
    };
    const timer = setTimeout(() => done(null), ASK_HOLDER_TIMEOUT_MS);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => done(null));
    socket.on('end', () => {
      try {
        done(JSON.parse(answer) as HolderDescription);
      } catch {
        done(null);
      }
    });
  });
}
