import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles tests/crash/kill-child.ts to plain JavaScript for a bare child process (vitest runs
 * TypeScript in its own loader) and returns its path: inside node_modules, so the bundle's
 * external packages (lowdb, zod, better-sqlite3) resolve as they do for the app.
 */
export async function buildKillChild(name = `kill-child-${process.pid}.mjs`, entry = 'tests/crash/kill-child.ts'): Promise<string> {
  const outfile = path.join(root, 'node_modules', '.cache', 'research-notes-tests', name);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
