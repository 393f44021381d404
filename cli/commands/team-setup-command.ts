import { ApiError } from '../../core/api/api-error.js';
import { addTeamMember, createTeamDatabase, type TeamRole } from '../../core/team/team-database-setup.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';
import { readPassword } from '../team/read-password.js';

const USAGE = `Usage: research-notes team-setup --server URL --user ADMIN (--create NAME | --add-member NAME --role reader|editor)

Sets up team libraries on a CouchDB server (or research-notes team-server) with its admin account:
--create makes a team library open to the team's members only; --add-member adds an analyst's
account. The admin's password comes from RESEARCH_NOTES_REMOTE_PASSWORD, the new member's from
RESEARCH_NOTES_MEMBER_PASSWORD; either is asked for when not set.

Options:
  --server URL         the server, e.g. http://127.0.0.1:5984
  --user ADMIN         the server's admin account
  --create NAME        create the team library NAME (then sync with --remote URL/NAME)
  --add-member NAME    add the account NAME
  --role reader|editor what the member may do (readers are refused changes on Apache CouchDB only)
  --help               show this help`;

/** `research-notes team-setup`: creates team libraries and adds analysts' accounts. */
export const teamSetupCommand: CliCommand = {
  name: 'team-setup',
  summary: 'create a team library on a server, or add an analyst to it',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandLine(
      'team-setup',
      args,
      { server: { type: 'string' }, user: { type: 'string' }, create: { type: 'string' }, 'add-member': { type: 'string' }, role: { type: 'string' } },
      false,
    );
    if (!values.server || !values.user) throw new ApiError('INVALID_ARGUMENT', 'say which server and admin account: --server URL --user ADMIN (see research-notes team-setup --help)');
    if ((values.create === undefined) === (values['add-member'] === undefined)) throw new ApiError('INVALID_ARGUMENT', 'say one thing to do: --create NAME or --add-member NAME (see research-notes team-setup --help)');
    const serverUrl = values.server.replace(/\/+$/, '');
    const role = values.role;
    if (values['add-member'] !== undefined && role !== 'reader' && role !== 'editor') throw new ApiError('INVALID_ARGUMENT', '--add-member needs --role reader or --role editor');
    const password = process.env.RESEARCH_NOTES_REMOTE_PASSWORD ?? (await readPassword(`Password for ${values.user} at ${serverUrl}: `));
    const admin = { serverUrl, username: values.user, password };
    if (values.create !== undefined) {
      const created = await createTeamDatabase(admin, values.create);
      process.stdout.write(`created the team library ${created.url}\n`);
      if (!created.readersRefused) process.stdout.write('note: this server would drop replicated edits with the readers\u2019 rule in place (a bare pouchdb-server: use research-notes team-server), so it has none: every member may write.\n');
      return;
    }
    const name = values['add-member']!;
    const memberPassword = process.env.RESEARCH_NOTES_MEMBER_PASSWORD ?? (await readPassword(`New password for ${name}: `));
    await addTeamMember(admin, { name, password: memberPassword, role: role as TeamRole });
    process.stdout.write(`added ${name} as ${role}\n`);
  },
};
