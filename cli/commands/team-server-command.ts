import { ApiError } from '../../core/api/api-error.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';
import { startTeamServer } from '../team/start-team-server.js';
import { waitForStopSignal } from '../wait-for-stop-signal.js';

const USAGE = `Usage: research-notes team-server --data DIR [--port N] [--host ADDRESS]

Runs a team library server for a small team without a CouchDB of its own: pouchdb-server, which
speaks CouchDB's protocol, keeping its databases in DIR. On the first start in DIR it creates an
admin account and prints its password once. Stop it with Ctrl+C.

Options:
  --data DIR      where the databases are kept
  --port N        the port (default 5984)
  --host ADDRESS  the address to listen on (default 127.0.0.1, this computer only; 0.0.0.0 for a network)
  --help          show this help`;

/** `research-notes team-server`: the embedded CouchDB-compatible server, until SIGINT or SIGTERM. */
export const teamServerCommand: CliCommand = {
  name: 'team-server',
  summary: 'run a small team library server (CouchDB protocol) on a folder',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandLine('team-server', args, { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, false);
    if (!values.data) throw new ApiError('INVALID_ARGUMENT', 'say where to keep the databases: --data DIR (see research-notes team-server --help)');
    const port = values.port === undefined ? 5984 : Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ApiError('INVALID_ARGUMENT', `--port must be a port number from 1 to 65535, not "${values.port}"`);
    const stopped = waitForStopSignal();
    const server = await startTeamServer({ port, dataDir: values.data, ...(values.host ? { host: values.host } : {}) });
    process.stdout.write(`team server at ${server.url} (databases in ${values.data})\n`);
    if (server.createdAdmin) {
      process.stdout.write(`admin account created: user ${server.createdAdmin.username}, password ${server.createdAdmin.password}\n`);
      process.stdout.write(`keep this password: it is shown only now. Create a team library with: research-notes team-setup --server ${server.url} --user admin --create my-team\n`);
    }
    await stopped;
    await server.stop();
  },
};
