import { describeCliError } from './describe-cli-error.js';
import { runCli } from './run-cli.js';

// A reader that stops early (`research-notes export | head`) closes the pipe: like other Unix
// tools, stop writing quietly, but let the command finish so the library is closed properly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`${describeCliError(error)}\n`);
  process.exitCode = 1;
});

// The one handler for this process: every failure becomes one line on stderr and exit code 1.
// The exit code is set rather than process.exit() called, so stdout is flushed before Node exits.
try {
  await runCli(process.argv.slice(2));
  process.exitCode ??= 0;
} catch (error) {
  process.stderr.write(`${describeCliError(error)}\n`);
  process.exitCode = 1;
}
