import { ApiError } from '../../core/api/api-error.js';
import { syncTeamLibrary, type TeamSyncReport } from '../../core/team/sync-team-library.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';
import { readPassword } from '../team/read-password.js';
import { withLibrary } from '../with-library.js';

const USAGE = `Usage: research-notes sync --remote URL [--library DIR] [--user U] [--json]

Syncs the library with its team library, a CouchDB database (or research-notes team-server's),
both ways, once: prints what was sent and received and every document in conflict. A conflict is
never resolved here: every version is kept, on this computer and on the server. The library's
originals and archived pages go too (as attachments), unless it keeps them on this computer (the
app's Team dialog); files the team has are kept only when their SHA-256 is the one recorded.

Options:
  --remote URL   the team database, e.g. http://127.0.0.1:5984/osint-team
  --library DIR  the library folder (default: RESEARCH_NOTES_LIBRARY, else the per-user folder)
  --user U       the account on the server; its password comes from RESEARCH_NOTES_REMOTE_PASSWORD,
                 else it is asked for
  --json         print the report as JSON
  --help         show this help`;

/** `research-notes sync`: one replication of a library with its team database, both ways. */
export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'sync the library with its team library on a CouchDB server, once',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandLine('sync', args, { library: { type: 'string' }, remote: { type: 'string' }, user: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (!values.remote) throw new ApiError('INVALID_ARGUMENT', 'say which team library to sync with: --remote URL (see research-notes sync --help)');
    const remote = values.remote.replace(/\/+$/, '');
    if (!/^https?:\/\//.test(remote)) throw new ApiError('INVALID_ARGUMENT', `--remote must be an http:// or https:// address, not "${values.remote}"`);
    const password = values.user ? (process.env.RESEARCH_NOTES_REMOTE_PASSWORD ?? (await readPassword(`Password for ${values.user} at ${remote}: `))) : undefined;
    await withLibrary(values.library, async (library) => {
      const analyst = (await library.getSettings({})).operatorName;
      const report = await syncTeamLibrary(library, { url: remote, ...(values.user ? { username: values.user, password } : {}) }, analyst);
      process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report));
    });
  },
};

function describeReport(report: TeamSyncReport): string {
  const lines = [`sent ${report.sent}, received ${report.received}, applied ${report.applied} to this library (${report.recorded} local changes recorded)`];
  if (report.filesSent > 0 || report.filesKept > 0) lines.push(`files (originals and archived pages): ${report.filesSent} sent, ${report.filesKept} received and kept`);
  if (report.refused > 0) lines.push(`refused by the server: ${report.refused} change(s); this account may only read there. They stay in this library.`);
  for (const skipped of report.skipped) lines.push(`not applied: ${skipped.id}: ${skipped.why}`);
  for (const conflict of report.conflicts) {
    lines.push(`conflict: ${conflict.label} (${conflict.id}), ${conflict.versions.length} versions:`);
    for (const version of conflict.versions) lines.push(`  ${version.rev} by ${version.changedBy} at ${version.changedAt}${version.shown ? ' (shown)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
