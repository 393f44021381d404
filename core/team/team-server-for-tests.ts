import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTeamServer, type TeamServer } from '../../cli/team/start-team-server.js';
import type { TeamRemote } from './sync-team-library.js';
import { createTeamDatabase } from './team-database-setup.js';
import { freePort } from '../../tests/support/free-port.js';

export interface TeamServerForTests {
  readonly server: TeamServer;
  readonly admin: { username: string; password: string };
  /** A fresh team database on the server, and its address with the admin's account. */
  teamDatabase(): Promise<Required<TeamRemote>>;
}

/** A real pouchdb-server on 127.0.0.1 for the tests of one file, started before them and stopped after. */
export function useTeamServer(): TeamServerForTests {
  let server: TeamServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-team-server-'));
    server = await startTeamServer({ port: await freePort(), dataDir });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server;
    },
    get admin() {
      return server.createdAdmin!;
    },
    async teamDatabase() {
      const admin = server.createdAdmin!;
      const created = await createTeamDatabase({ serverUrl: server.url, ...admin }, `team-${Math.random().toString(36).slice(2)}`);
      // The embedded server is started with pouchdb-validation fixed, so it takes the readers' rule.
      expect(created.readersRefused).toBe(true);
      return { url: created.url, username: admin.username, password: admin.password };
    },
  };
}
