// `npm start` (after the build): the Electron app when an Electron binary is installed, else the
// web shell in the browser, with a short note on how to get Electron. Never a stack trace.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './find-electron.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const passedOn = process.argv.slice(2);

const found = findElectronBinary();
if (found.path) {
  // package.json's "main" (dist/electron/main.mjs) is what Electron runs for the project folder.
  run(found.path, [projectDir, ...passedOn]);
} else {
  process.stderr.write(
    [
      `Research Notes cannot open in Electron: ${found.reason}.`,
      'The Electron binary is not installed: Electron 42 and later download it on first start, which',
      'needs internet access to GitHub, and this machine cannot reach it. To get one, run',
      '`npx install-electron` on a networked machine, or set ELECTRON_OVERRIDE_DIST_PATH to a folder',
      'containing an Electron build.',
      'Starting the web shell instead: open the address below in your browser (Ctrl+C stops it).',
      '',
    ].join('\n'),
  );
  run(process.execPath, [path.join(projectDir, 'bin', 'research-notes.mjs'), 'web', ...passedOn]);
}

/** Runs the app as a child with this terminal, passes stop signals on, and exits with its code. */
function run(command, args) {
  const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit' });
  // The child saves and exits on SIGINT or SIGTERM; this process waits for it rather than dying first.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    process.stderr.write(`research-notes: could not start ${command}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
