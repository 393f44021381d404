import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../scripts/find-electron.mjs';

// scripts/find-electron.mjs, which `npm start` and the Electron spec use to find Electron without
// triggering its download, on fake project folders.

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-find-electron-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function touchExecutable(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '');
  await chmod(file, 0o755);
}

describe('findElectronBinary', () => {
  it('uses ELECTRON_OVERRIDE_DIST_PATH when its executable exists', async () => {
    const dist = path.join(folder, 'electron-build');
    await touchExecutable(path.join(dist, 'electron'));
    expect(findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, projectDir: folder, platform: 'linux' })).toEqual({ path: path.join(dist, 'electron') });
  });

  it('names the platform executable inside ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const dist = path.join(folder, 'electron-build');
    await touchExecutable(path.join(dist, 'electron.exe'));
    expect(findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, projectDir: folder, platform: 'win32' }).path).toBe(path.join(dist, 'electron.exe'));
  });

  it('says why when ELECTRON_OVERRIDE_DIST_PATH holds no executable', () => {
    const found = findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: path.join(folder, 'nothing') }, projectDir: folder, platform: 'linux' });
    expect(found.path).toBeUndefined();
    expect(found.reason).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it('uses node_modules/electron/path.txt and dist/', async () => {
    const electron = path.join(folder, 'node_modules', 'electron');
    await mkdir(electron, { recursive: true });
    await writeFile(path.join(electron, 'path.txt'), 'electron');
    expect(findElectronBinary({ env: {}, projectDir: folder, platform: 'linux' }).reason).toMatch(/no Electron binary is installed/);
    await touchExecutable(path.join(electron, 'dist', 'electron'));
    expect(findElectronBinary({ env: {}, projectDir: folder, platform: 'linux' })).toEqual({ path: path.join(electron, 'dist', 'electron') });
  });

  it('says the binary is missing when path.txt is (as before a download)', async () => {
    await mkdir(path.join(folder, 'node_modules', 'electron'), { recursive: true });
    expect(findElectronBinary({ env: {}, projectDir: folder, platform: 'linux' }).reason).toMatch(/no Electron binary is installed/);
    expect(findElectronBinary({ env: {}, projectDir: path.join(folder, 'elsewhere'), platform: 'linux' }).reason).toMatch(/electron package is not installed/);
  });

  it('only looks: on the real project it never creates path.txt (which a download would)', () => {
    const pathFile = path.resolve(import.meta.dirname, '..', 'node_modules', 'electron', 'path.txt');
    const before = existsSync(pathFile);
    const found = findElectronBinary({ env: {} });
    expect(typeof (found.path ?? found.reason)).toBe('string');
    expect(existsSync(pathFile)).toBe(before);
  });
});
