// Bundles the benchmarks (bench/*.ts and the code they measure) into .bench-cache/, so `npm run bench`
// runs on plain Node with no TypeScript loader. Packages stay in node_modules, found from there.
import { readdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const outdir = '.bench-cache';
// Chunks are named by content hash: those of an earlier build would pile up.
for (const name of await readdir(outdir).catch(() => [])) if (/^chunk-.*\.mjs$/.test(name)) await rm(`${outdir}/${name}`);

await build({
  entryPoints: {
    'run-bench': 'bench/run-bench.ts',
    'open-child': 'bench/open-child.ts',
    'search-bench': 'bench/search-bench.ts',
    'export-bench': 'bench/export-bench.ts',
    'import-bench': 'bench/import-bench.ts',
    // The process the kill-point soak (`--soak`) kills.
    'kill-child': 'tests/crash/kill-child.ts',
    'hostile-import-bench': 'bench/hostile-import-bench.ts',
    'claim-finder-bench': 'bench/claim-finder-bench.ts',
    // Not part of npm run bench: the tuning set's errors, for changing the finder's rules.
    'claim-tuning-errors': 'bench/claim-tuning-errors.ts',
    // Not part of npm run bench: checks hand labels without running the finder.
    'check-claim-labels': 'bench/check-claim-labels.ts',
    'capture-bench': 'bench/capture-bench.ts',
    'team-sync-bench': 'bench/team-sync-bench.ts',
    'team-delay-bench': 'bench/team-delay-bench.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Keeps `await import(...)` lazy as the source means it: without chunks, esbuild hoists the
  // importers' packages (linkedom, sanitize-html, mammoth, ...) into every bundle, and opening a
  // library paid about 250 ms loading HTML parsers it never uses.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
