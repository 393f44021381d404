// Builds everything that runs: the renderer (Vite) and the Node side (esbuild bundles of the
// command line with the web shell, the Electron main process and its preload).
import { build as viteBuild } from 'vite';
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
  await esbuild({ ...nodeBundle, format: 'esm', entryPoints: { 'cli/main': 'cli/main.ts', 'electron/main': 'electron/main.ts', 'import-worker': 'core/import/import-worker-entry.ts' }, outdir: 'dist', outExtension: { '.js': '.mjs' } });
  // A sandboxed preload cannot load modules of its own, so it is one CommonJS file with only `electron` outside.
  await esbuild({ ...nodeBundle, packages: undefined, external: ['electron'], format: 'cjs', entryPoints: { 'electron/preload': 'electron/preload.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } });
}
