import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from './library-service.js';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-lock-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function lockError(): Promise<{ code: string; message: string }> {
  return openLibrary(folder, { owner: 'command line' }).then(
    () => {
      throw new Error('expected LIBRARY_LOCKED');
    },
    (reason: { code: string; message: string }) => reason,
  );
}

/** A pid that is not running: a short-lived child, waited for. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('the library lock', () => {
  it('a second opener gets LIBRARY_LOCKED naming the holder; close() releases it', async () => {
    const first = await openLibrary(folder, { owner: 'web shell' });
    const error = await lockError();
    expect(error.code).toBe('LIBRARY_LOCKED');
    expect(error.message).toContain(`is open in the web shell (pid ${process.pid})`);
    expect(error.message).toMatch(/since \d{4}-\d\d-\d\dT.*; close it first\.$/);
    await first.close();
    await expect(fs.access(path.join(folder, '.lock'))).rejects.toThrow();
    const second = await openLibrary(folder);
    await second.close();
  });

  it('holds pid, host, app and start time in <library>/.lock', async () => {
    const library = await openLibrary(folder, { owner: 'Electron' });
    const lock = JSON.parse(await fs.readFile(path.join(folder, '.lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, hostname: os.hostname(), app: 'Electron' });
    expect(Number.isNaN(Date.parse(lock.startedAt))).toBe(false);
    await library.close();
  });

  it('recovers a lock left by a process that is gone', async () => {
    await (await openLibrary(folder)).close();
    const lock = { pid: await deadPid(), hostname: os.hostname(), app: 'web shell', startedAt: new Date().toISOString(), token: 'x' };
    await fs.writeFile(path.join(folder, '.lock'), JSON.stringify(lock));
    const library = await openLibrary(folder);
    expect(JSON.parse(await fs.readFile(path.join(folder, '.lock'), 'utf8')).pid).toBe(process.pid);
    await library.close();
  });

  it('refuses a lock held by a live process of this host, and one of another host', async () => {
    const live = { pid: process.ppid, hostname: os.hostname(), app: 'web shell', startedAt: '2026-01-01T00:00:00.000Z', token: 'x' };
    await fs.writeFile(path.join(folder, '.lock'), JSON.stringify(live));
    expect((await lockError()).message).toContain(`pid ${process.ppid}`);
    const remote = { ...live, pid: await deadPid(), hostname: 'other-host.example' };
    await fs.writeFile(path.join(folder, '.lock'), JSON.stringify(remote));
    expect((await lockError()).message).toContain('on the computer other-host.example');
  });

  it('recovers an empty lock file only once it is old (its writer died before writing it)', async () => {
    const lockPath = path.join(folder, '.lock');
    await fs.writeFile(lockPath, '');
    expect((await lockError()).code).toBe('LIBRARY_LOCKED');
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(lockPath, old, old);
    await (await openLibrary(folder)).close();
  });

  it('stops writing once its lock file is replaced, even in place, and says why', async () => {
    const library = await openLibrary(folder, { owner: 'web shell' });
    const lockPath = path.join(folder, '.lock');
    const before = await library.saveFilter({ name: 'kept', filter: {} });
    expect(before.name).toBe('kept');
    // Same inode, another writer's token: as a second program that took the lock would leave it.
    const content = JSON.parse(await fs.readFile(lockPath, 'utf8'));
    await fs.writeFile(lockPath, JSON.stringify({ ...content, pid: process.ppid, token: 'someone else' }));
    const refused = await library.saveFilter({ name: 'lost', filter: {} }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'LIBRARY_LOCK_LOST' });
    expect((refused as Error).message).toContain("was replaced by another program's");
    // Every later write is refused too, and closing leaves the other program's lock alone.
    await expect(library.saveFilter({ name: 'later', filter: {} })).rejects.toMatchObject({ code: 'LIBRARY_LOCK_LOST' });
    await library.close().catch(() => undefined);
    expect(JSON.parse(await fs.readFile(lockPath, 'utf8')).token).toBe('someone else');
    const settings = JSON.parse(await fs.readFile(path.join(folder, 'settings.json'), 'utf8'));
    expect(settings.savedFilters.map((filter: { name: string }) => filter.name)).toEqual(['kept']);
  });
});
