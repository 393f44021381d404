import { ApiError } from '../../core/api/api-error.js';
import { readLibraryBackup } from '../../core/export-files/read-library-backup.js';
import { restoreLibraryBackup } from '../../core/restore/restore-library-backup.js';
import { defaultLibraryPath } from '../../core/store/default-library-path.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';

const USAGE = `Usage: research-notes restore FILE [--library DIR]

Restores a JSON backup (from \`research-notes export --format json\`) into an empty library:
every article, highlight, tag and setting comes back as it was, ids and dates included, and
the articles' original files when the backup holds them (--with-originals). A
library that already holds articles is refused; the restore is all or nothing.

Options:
  --library DIR  the library folder to restore into (default: RESEARCH_NOTES_LIBRARY, else the
                 per-user folder); it must be empty or not exist yet
  --help         show this help`;

/** `research-notes restore`: a JSON backup into an empty library folder. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'restore a JSON backup into an empty library',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandLine('restore', args, { library: { type: 'string' } }, true);
    if (positionals.length !== 1) {
      throw new ApiError('INVALID_ARGUMENT', `name one backup file to restore (see research-notes restore --help)`);
    }
    const backup = await readLibraryBackup(positionals[0]!);
    const controller = new AbortController();
    const cancel = (): void => controller.abort();
    process.once('SIGINT', cancel);
    try {
      const result = await restoreLibraryBackup(backup, values.library ?? defaultLibraryPath(), { signal: controller.signal });
      const originals = result.originals > 0 ? ` and ${result.originals} originals` : '';
      process.stdout.write(`Restored ${result.articles} articles with ${result.highlights} highlights${originals} into ${result.folder}\n`);
    } finally {
      process.off('SIGINT', cancel);
    }
  },
};
