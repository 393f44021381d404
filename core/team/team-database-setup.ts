import { randomBytes } from 'node:crypto';
import { ApiError } from '../api/api-error.js';

/** What an analyst may do in a team library: read it, or also change it. */
export type TeamRole = 'reader' | 'editor';

/** An admin's account on a CouchDB (or pouchdb-server) server. */
export interface ServerAdmin {
  serverUrl: string;
  username: string;
  password: string;
}

/**
 * Who may write, checked by the server on every change: an editor, or an admin. CouchDB runs this
 * for replication too, so a reader's replicated change is refused, not stored.
 */
const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1 || userCtx.roles.indexOf('editor') !== -1) return;
  throw({ forbidden: 'This account may only read this team library.' });
}`;

/** The design document that holds the readers' rule (its name tells the app that readers are refused). */
export const TEAM_ROLES_DESIGN = 'research-notes-roles';

/** A team library just created: its address, and whether the server itself refuses readers' changes. */
export interface CreatedTeamDatabase {
  url: string;
  /**
   * False on a server that would lose replicated edits with the readers' rule in place: a bare
   * pouchdb-server. Its validation plugin (pouchdb-validation 1.x) replaces a replicated revision's
   * history with the stored one's, so with any validate_doc_update in a database every replicated
   * edit of an existing document is dropped without an error (found here, in tests). The embedded
   * server (`research-notes team-server`) is started with that fixed. Where it is not, only
   * membership is enforced: every member may write.
   */
  readersRefused: boolean;
}

/**
 * Creates a team library: a database readable by the team's readers and editors only (CouchDB's
 * `_security` members) and, on Apache CouchDB, writable by editors only (a validate_doc_update
 * design document).
 */
export async function createTeamDatabase(admin: ServerAdmin, name: string): Promise<CreatedTeamDatabase> {
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(name)) throw new ApiError('INVALID_ARGUMENT', `"${name}" cannot name a CouchDB database: lowercase letters, digits and _$()+-/ only, starting with a letter.`);
  const url = `${admin.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
  await request(admin, url, 'PUT', undefined, [201, 202]);
  await request(admin, `${url}/_security`, 'PUT', { admins: { names: [admin.username], roles: [] }, members: { names: [], roles: ['reader', 'editor'] } });
  const readersRefused = await keepsReplicatedEditsUnderValidation(admin);
  if (readersRefused) await request(admin, `${url}/_design/${TEAM_ROLES_DESIGN}`, 'PUT', { validate_doc_update: VALIDATE_DOC_UPDATE }, [201, 202]);
  return { url, readersRefused };
}

/**
 * Whether the server stores a replicated edit of an existing document while a validate_doc_update
 * is in place: Apache CouchDB does; a bare pouchdb-server drops it. Tried on a scratch database,
 * deleted after.
 */
async function keepsReplicatedEditsUnderValidation(admin: ServerAdmin): Promise<boolean> {
  const url = `${admin.serverUrl.replace(/\/+$/, '')}/research-notes-probe-${randomBytes(6).toString('hex')}`;
  await request(admin, url, 'PUT', undefined, [201, 202]);
  try {
    await request(admin, `${url}/_design/probe`, 'PUT', { validate_doc_update: 'function (newDoc, oldDoc, userCtx) {}' }, [201, 202]);
    await request(admin, `${url}/_bulk_docs`, 'POST', { new_edits: false, docs: [{ _id: 'probe', _rev: '1-a', _revisions: { start: 1, ids: ['a'] }, edit: 1 }] }, [201]);
    await request(admin, `${url}/_bulk_docs`, 'POST', { new_edits: false, docs: [{ _id: 'probe', _rev: '2-b', _revisions: { start: 2, ids: ['b', 'a'] }, edit: 2 }] }, [201]);
    const stored = (await (await fetch(`${url}/probe`, { headers: authorization(admin) })).json()) as { _rev?: string };
    return stored._rev === '2-b';
  } finally {
    await request(admin, url, 'DELETE', undefined, [200, 202]);
  }
}

function authorization(admin: ServerAdmin): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}` };
}

/** Adds an analyst's account to the server with the role they have in team libraries. */
export async function addTeamMember(admin: ServerAdmin, member: { name: string; password: string; role: TeamRole }): Promise<void> {
  const id = `org.couchdb.user:${member.name}`;
  await request(admin, `${admin.serverUrl.replace(/\/+$/, '')}/_users/${encodeURIComponent(id)}`, 'PUT', { _id: id, name: member.name, password: member.password, roles: [member.role], type: 'user' }, [201, 202]);
}

async function request(admin: ServerAdmin, url: string, method: string, body: unknown, expected: number[] = [200, 201]): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { ...authorization(admin), 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ApiError('TEAM_UNREACHABLE', `Could not reach the team server at ${admin.serverUrl}.`, { cause: error });
  }
  if (expected.includes(response.status)) return;
  const answer = await response.text();
  if (response.status === 401 || response.status === 403) throw new ApiError('TEAM_REFUSED', `The team server refused the admin account (${answer.trim()}).`);
  throw new ApiError('TEAM_REFUSED', `The team server answered ${method} ${new URL(url).pathname} with HTTP ${response.status}: ${answer.trim()}`);
}
