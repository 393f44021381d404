// Builds everything that runs: the renderer (Vite) and the Node side (esbuild bundles of the
// command line with the web shell, the Electron main process and its preload).
import { build as viteBuild } from 'vite';
import { readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';

const only = process.argv.slice(2);
const wants = (part) => only.length === 0 || only.includes(part);

const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Dependencies stay in node_modules: lowdb, linkedom and friends are loaded at run time.
  packages: 'external',
  logLevel: 'warning',
};

if (wants('renderer')) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
if (wants('node')) {
  // Chunk names carry hashes: clear old ones so dist/ holds only what this build refers to.
  rmSync('dist/chunks', { recursive: true, force: true });
  // Splitting keeps lazily imported code (importers and their parsers) out of start-up: without it
  // esbuild inlines every dynamic import into the entry, and opening a library pays ~250 ms for it.
  await esbuild({
    ...nodeBundle,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    entryPoints: { 'cli/main': 'cli/main.ts', 'electron/main': 'electron/main.ts', 'import-worker': 'core/import/import-worker-entry.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
  });
  // A sandboxed preload cannot load modules of its own, so it is one CommonJS file with only `electron` outside.
  await esbuild({ ...nodeBundle, packages: undefined, external: ['electron'], format: 'cjs', entryPoints: { 'electron/preload': 'electron/preload.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } });
}
if (wants('clipper')) {
  // The clipper's build is TypeScript (it shares the port range with core): bundled, then run.
  const tool = '.build-cache/build-clipper.mjs';
  await esbuild({ ...nodeBundle, sourcemap: false, format: 'esm', entryPoints: ['clipper/build-clipper.ts'], outfile: tool });
  const { buildClipper } = await import(pathToFileURL(tool).href);
  await buildClipper(process.cwd(), JSON.parse(readFileSync('package.json', 'utf8')).version);
}
