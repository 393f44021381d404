// `npm run scan:electron`: electronegativity's static scan of the Electron shell's sources.
// Findings that are justified carry an `eng-disable CHECK_ID` comment on the flagged line (with
// the reason beside it); electronegativity leaves those out, so any finding left fails this script.
// `--input=DIR` scans another folder (the unit test's known-bad sample); other arguments go to electronegativity (the unit test passes `-x AvailableSecurityFixesGlobalCheck`,
// the one check that asks the network which Electron releases have security fixes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
// The Electron version the app is built with; without it the scanner assumes 0.1.0 and its insecure defaults.
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

const inputArgument = process.argv.slice(2).find((argument) => argument.startsWith('--input='));
const input = inputArgument ? path.resolve(inputArgument.slice('--input='.length)) : path.join(projectDir, 'electron');
const passedOn = process.argv.slice(2).filter((argument) => argument !== inputArgument);

const folder = mkdtempSync(path.join(tmpdir(), 'rn-electronegativity-'));
const report = path.join(folder, 'scan.sarif');
try {
  const run = spawnSync(process.execPath, [cli, '-i', input, '-e', electronVersion, '-r', '-o', report, ...passedOn], {
    cwd: projectDir,
    encoding: 'utf8',
  });
  let results;
  try {
    results = JSON.parse(readFileSync(report, 'utf8')).runs[0].results;
  } catch (error) {
    process.stderr.write(`scan:electron: electronegativity wrote no report (exit ${run.status}):\n${run.stdout}${run.stderr}\n`);
    process.exit(2);
  }
  for (const result of results) {
    const where = result.locations?.[0]?.physicalLocation;
    process.stdout.write(`${result.ruleId} ${where?.artifactLocation?.uri ?? ''}:${where?.region?.startLine ?? ''} ${result.message?.text ?? ''}\n`);
  }
  process.stdout.write(`scan:electron: ${results.length} unjustified finding(s) in ${path.relative(projectDir, input) || '.'} (Electron ${electronVersion})\n`);
  process.exit(results.length === 0 ? 0 : 1);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
