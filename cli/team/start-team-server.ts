import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ApiError } from '../../core/api/api-error.js';

/** How long the server may take to answer after it was started. */
const START_MS = 30_000;

/** The embedded team server: pouchdb-server (CouchDB's protocol) on a folder of this computer. */
export interface TeamServer {
  /** Its address, e.g. http://127.0.0.1:5984 (a team database is a path below it). */
  url: string;
  /** The admin account, created on the folder's first start; null on later starts (it was printed then). */
  createdAdmin: { username: string; password: string } | null;
  stop(): Promise<void>;
}

export interface TeamServerOptions {
  port: number;
  /** Where the databases, the configuration (with the admin's hashed password) and the log are kept. */
  dataDir: string;
  /** Default 127.0.0.1 (this computer only); 0.0.0.0 lets a team on the network in. */
  host?: string;
}

/**
 * Starts pouchdb-server on `dataDir` as a child process and waits until it answers. On the
 * folder's first start it creates an admin with a random password, which is returned once: the
 * server keeps only its hash, and from then on refuses changes to accounts and databases without it.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const dataDir = path.resolve(options.dataDir);
  await fs.mkdir(dataDir, { recursive: true });
  const host = options.host ?? '127.0.0.1';
  const marker = path.join(dataDir, 'research-notes-team-server.json');
  const isFirstStart = !existsSync(marker);
  const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(VALIDATION_FIX)}`, pouchdbServerBin(), '--port', String(options.port), '--host', host, '--dir', dataDir, '--config', path.join(dataDir, 'config.json'), '--no-stdout-logs'], {
    cwd: dataDir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => void (errors = `${errors}${text}`.slice(-2_000)));
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${options.port}`;
  try {
    await waitUntilAnswering(url, child, () => errors);
    let createdAdmin: TeamServer['createdAdmin'] = null;
    if (isFirstStart) {
      createdAdmin = { username: 'admin', password: randomBytes(18).toString('base64url') };
      const response = await fetch(`${url}/_config/admins/${createdAdmin.username}`, { method: 'PUT', body: JSON.stringify(createdAdmin.password) });
      if (!response.ok) throw new ApiError('TEAM_REFUSED', `The team server did not take its admin account (HTTP ${response.status}).`);
      await fs.writeFile(marker, `${JSON.stringify({ admin: createdAdmin.username, createdAt: new Date().toISOString() }, null, 2)}\n`);
    }
    return { url, createdAdmin, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/**
 * Loaded into the server before pouchdb-server. pouchdb-validation 1.x (its validate_doc_update
 * support) overwrites each incoming document's `_revisions` with the stored document's before
 * validating. For a replicated revision (`new_edits: false`) that history is what PouchDB stores,
 * so with any validate_doc_update in a database every replicated edit of an existing document was
 * dropped without an error. The fix keeps a history the document brings, and leaves the rest of the
 * plugin as it is; the server refuses to start if the line it fixes is not there.
 */
const VALIDATION_FIX = `
import Module, { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
const fromServer = createRequire(createRequire(process.argv[1]).resolve('express-pouchdb'));
const file = fromServer.resolve('pouchdb-validation');
const broken = 'newDoc._revisions = (oldDoc || {})._revisions;';
const source = fs.readFileSync(file, 'utf8');
if (!source.includes(broken)) throw new Error('pouchdb-validation has changed: ' + file + ' no longer holds the line Research Notes fixes.');
const fixed = new Module(file);
fixed.filename = file;
fixed.paths = Module._nodeModulePaths(path.dirname(file));
fixed._compile(source.replace(broken, 'if (!newDoc._revisions) ' + broken), file);
fixed.loaded = true;
fromServer.cache[file] = fixed;
`;

function pouchdbServerBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('pouchdb-server/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(manifestPath), manifest.bin['pouchdb-server']!);
}

async function waitUntilAnswering(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + START_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new ApiError('TEAM_UNREACHABLE', `The team server stopped as it started (exit ${child.exitCode}): ${errors().trim() || 'no message'}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new ApiError('TEAM_UNREACHABLE', `The team server did not answer at ${url} within ${START_MS / 1000} s: ${errors().trim() || 'no message'}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
