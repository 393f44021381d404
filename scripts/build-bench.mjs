// Bundles the benchmark (bench/*.ts and the store it measures) into .bench-cache/, so `npm run bench`
// runs on plain Node with no TypeScript loader. Packages stay in node_modules, found from there.
import { build } from 'esbuild';

await build({
  entryPoints: { 'run-bench': 'bench/run-bench.ts', 'open-child': 'bench/open-child.ts' },
  outdir: '.bench-cache',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
