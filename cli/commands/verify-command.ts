import { verifyLibrary } from '../../core/custody/verify-library.js';
import { defaultLibraryPath } from '../../core/store/default-library-path.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';

const USAGE = `Usage: research-notes verify [--library DIR] [--json]

Re-hashes every article's text and original and every custody log entry, reading only.
Exits 0 when all hold; exits 1 naming every file whose bytes changed or log entry that breaks the chain.

Options:
  --library DIR  the library folder (default: RESEARCH_NOTES_LIBRARY, else the per-user folder)
  --json         print the report as JSON ({ articles, logEntries, problems })
  --help         show this help`;

/** `research-notes verify`: checks a library's evidence without opening it for writing. */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'check the hashes of every original, text and custody log entry',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandLine('verify', args, { library: { type: 'string' }, json: { type: 'boolean' } }, false);
    // Straight from the folder, no lock taken: a check must never change the evidence it checks.
    const report = await verifyLibrary(values.library ?? defaultLibraryPath());
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (report.problems.length === 0) process.stdout.write(`verified ${report.articles} articles, ${report.logEntries} log entries\n`);
    else for (const problem of report.problems) process.stdout.write(`${problem.file}: ${problem.message}\n`);
    if (report.problems.length > 0) process.exitCode = 1;
  },
};
