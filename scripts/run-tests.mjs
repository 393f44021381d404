// `npm test`: type-checks every tsconfig (the pure and renderer ones are what keep Node out of core's
// pure tier and out of the renderer), lints (the layer table's imports, React's rules of hooks), builds, runs the unit tests (vitest) and the end-to-end specs
// (Playwright), and ends with one line that adds both up, so a reader (or CI) sees the whole result
// at the bottom.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(tmpdir(), 'rn-test-reports-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// First, as it takes seconds: a type error fails the run before ten minutes of tests.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const typecheckStatus = run(npm, ['run', '--silent', 'typecheck']);
if (typecheckStatus !== 0) {
  console.error('npm test: the typecheck failed (npm run typecheck), so no test ran.');
  process.exit(typecheckStatus);
}

const lintStatus = run(npm, ['run', '--silent', 'lint']);
if (lintStatus !== 0) {
  console.error('npm test: the lint failed (npm run lint), so no test ran.');
  process.exit(lintStatus);
}

const buildStatus = run(process.execPath, ['scripts/build.mjs']);
if (buildStatus !== 0) {
  console.error('npm test: the build failed, so no test ran.');
  process.exit(buildStatus);
}

const vitestReport = path.join(reports, 'vitest.json');
const vitestStatus = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);

const playwrightReport = path.join(reports, 'playwright.json');
const playwrightStatus = run(npx, ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });

const unit = readJson(vitestReport);
const e2e = readJson(playwrightReport);
// A flaky test (CI only: failed once, passed on its retry) counts as passed and is named above.
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);

console.log(`\nunit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no report'}; end-to-end: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped${e2e.stats.flaky ? `, ${e2e.stats.flaky} flaky (passed on retry; see the list above)` : ''}` : 'no report'}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);

const everythingRan = unit !== null && e2e !== null;
process.exit(vitestStatus === 0 && playwrightStatus === 0 && everythingRan ? 0 : 1);
