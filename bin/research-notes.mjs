#!/usr/bin/env node
// Launcher for the command line: the compiled CLI lives in dist/ (built by `npm run build`,
// which `npm install` runs through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/main.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('research-notes: the command line is not built yet. Run `npm run build` in the project folder first.');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
