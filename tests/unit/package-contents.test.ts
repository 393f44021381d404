import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What the installers would hold, computed by electron-builder itself: `electron-builder --dir`
// with build/electron-builder.yml, offline. Electron cannot be downloaded here, so a stand-in
// binary (a shell line plus Electron's fuse wire, which electron-builder flips) takes its place,
// and the rebuild of native modules for Electron (which downloads headers) is skipped.
// Needs the build (dist/), as `npm test` makes it first.

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(archive: string, options?: object): string[] };
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's fuses in wire order (@electron/fuses FuseV1Options), with Electron's defaults.
const FUSES = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments', 'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges'];
const DEFAULT_WIRE = '10110001';

let folder: string;
let files: string[];
let unpacked: string[];
let fuseWire: string;

beforeAll(async () => {
  for (const built of ['dist/electron/main.mjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  folder = await mkdtemp(path.join(tmpdir(), 'rn-package-'));
  const electronDist = path.join(folder, 'electron');
  await mkdir(electronDist);
  const binary = path.join(electronDist, 'electron');
  await writeFile(binary, Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from(DEFAULT_WIRE)]));
  await chmod(binary, 0o755);
  const output = path.join(folder, 'release');
  const run = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'), '--config', 'build/electron-builder.yml', '--linux', 'dir', '--publish', 'never',
      `-c.electronDist=${electronDist}`, '-c.npmRebuild=false', `-c.directories.output=${output}`, `-c.electronVersion=${readElectronVersion()}`,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  if (run.status !== 0) throw new Error(`electron-builder --dir failed:\n${run.stdout}\n${run.stderr}`);
  const resources = path.join(output, 'linux-unpacked', 'resources');
  files = asar.listPackage(path.join(resources, 'app.asar')).map((file) => file.split(path.sep).join('/'));
  unpacked = await listFiles(path.join(resources, 'app.asar.unpacked'));
  const packedBinary = await readFile(path.join(output, 'linux-unpacked', 'research-notes'));
  const at = packedBinary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
  fuseWire = packedBinary.subarray(at, at + FUSES.length).toString('latin1');
}, 120_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

function readElectronVersion(): string {
  return (require('electron/package.json') as { version: string }).version;
}

async function listFiles(directory: string, prefix = ''): Promise<string[]> {
  if (!existsSync(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(path.join(directory, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`])));
  return nested.flat();
}

/** The top-level packages under /node_modules in the archive (`name` or `@scope/name`). */
function packagedModules(): Set<string> {
  const names = files.filter((file) => file.startsWith('/node_modules/')).map((file) => {
    const parts = file.split('/');
    return parts[2]!.startsWith('@') ? `${parts[2]}/${parts[3] ?? ''}` : parts[2]!;
  });
  return new Set(names.filter((name) => !name.endsWith('/')));
}

describe('the packaged app (app.asar)', () => {
  it('holds the main process, the preload, the renderer and package.json', () => {
    for (const file of ['/package.json', '/dist/electron/main.mjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']) expect(files, file).toContain(file);
    expect(files.some((file) => /^\/dist\/renderer\/assets\/[^/]+\.js$/.test(file))).toBe(true);
  });

  it('holds no sources, tests, source maps, the command line or bench cache', () => {
    const outsideModules = files.filter((file) => !file.startsWith('/node_modules/') && file !== '/node_modules');
    expect(outsideModules.filter((file) => !/^\/(package\.json|dist|dist\/electron|dist\/renderer)(\/|$)/.test(file))).toEqual([]);
    const everything = [...files, ...unpacked];
    expect(everything.filter((file) => /\.(ts|tsx|mts|cts)$/.test(file))).toEqual([]);
    expect(everything.filter((file) => /\.map$/.test(file))).toEqual([]);
    expect(everything.filter((file) => /\.(test|spec)\.[cm]?js$/.test(file))).toEqual([]);
    expect(everything.filter((file) => /\/(tests?|__tests__)\//.test(file))).toEqual([]);
    expect(everything.filter((file) => /\.bench-cache|\/dist\/cli\//.test(file))).toEqual([]);
  });

  it('holds the production dependencies the main process loads, and no devDependency', async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const modules = packagedModules();
    const mainProcessDependencies = ['@mozilla/readability', 'better-sqlite3', 'linkedom', 'lowdb', 'mammoth', 'pdfjs-dist', 'sanitize-html', 'zod', 'approx-string-match'];
    for (const name of mainProcessDependencies) {
      expect(Object.keys(manifest.dependencies), name).toContain(name);
      expect(modules, name).toContain(name);
    }
    expect(Object.keys(manifest.devDependencies).filter((name) => modules.has(name))).toEqual([]);
    // The UI's libraries are in the renderer bundle already.
    expect([...modules].filter((name) => /^(react|react-dom|@tiptap\/.*|prosemirror-.*|@types\/.*)$/.test(name))).toEqual([]);
  });

  it('keeps the native better-sqlite3 binary outside the archive, where it can be loaded', () => {
    expect(unpacked.filter((file) => file.endsWith('.node') && file.includes('/better-sqlite3/'))).not.toEqual([]);
  });

  it("flips Electron's fuses: no running as Node, no NODE_OPTIONS or --inspect, the app only from its checked asar", () => {
    const fuses = Object.fromEntries(FUSES.map((name, index) => [name, fuseWire[index] === '1']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: true,
    });
  });
});
