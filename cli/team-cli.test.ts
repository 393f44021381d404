import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishCli, runCli, startCli } from './cli-test-helpers.js';
import { freePort } from '../tests/support/free-port.js';

// The team commands as a user runs them, the built bin in child processes: team-server on a
// folder (its admin printed once), team-setup creating a team library and a member, and sync
// between two library folders, with its one line when the server is gone.

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
let folder: string;

beforeAll(async () => {
  if (!existsSync(path.join(REPO_ROOT, 'dist/cli/main.mjs'))) throw new Error('dist/cli/main.mjs is missing: build first with `node scripts/build.mjs`.');
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-team-cli-'));
});
afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});


/** Resolves with the server's stdout once it printed `until`. */
function outputUntil(child: ReturnType<typeof startCli>, until: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      if (until.test(out)) resolve(out);
    });
    child.once('exit', (code) => reject(new Error(`team-server exited (${code}) having printed: ${out}`)));
  });
}

describe('research-notes team-server, team-setup and sync', () => {
  it('shares an article between two library folders through a team library on the embedded server', async () => {
    const port = await freePort();
    const data = path.join(folder, 'server');
    const server = startCli(['team-server', '--data', data, '--port', String(port)], folder);
    try {
      const printed = await outputUntil(server, /password (\S+)\n[\s\S]*team-setup/);
      expect(printed).toContain(`team server at http://127.0.0.1:${port}`);
      const password = /password (\S+)\n/.exec(printed)![1]!;
      const admin = { RESEARCH_NOTES_REMOTE_PASSWORD: password };

      expect(await runCli(['team-setup', '--server', `http://127.0.0.1:${port}`, '--user', 'admin', '--create', 'osint-team'], folder, admin)).toMatchObject({ code: 0, stdout: expect.stringContaining(`created the team library http://127.0.0.1:${port}/osint-team`) });
      expect(await runCli(['team-setup', '--server', `http://127.0.0.1:${port}`, '--user', 'admin', '--add-member', 'ani', '--role', 'editor'], folder, { ...admin, RESEARCH_NOTES_MEMBER_PASSWORD: 'ani-secret' })).toMatchObject({ code: 0, stdout: 'added ani as editor\n' });

      const a = path.join(folder, 'a');
      const b = path.join(folder, 'b');
      const seed = path.join(REPO_ROOT, 'tests/fixtures/seed-article.txt');
      expect((await runCli(['import', '--library', a, seed], folder)).code).toBe(0);
      const remote = `http://127.0.0.1:${port}/osint-team`;
      const ani = { RESEARCH_NOTES_REMOTE_PASSWORD: 'ani-secret' };
      // Sent: the article and the team's vocabulary (colour legend and claim kinds), and the imported file.
      expect(await runCli(['sync', '--library', a, '--remote', remote, '--user', 'ani'], folder, ani)).toMatchObject({
        code: 0,
        stdout: 'sent 2, received 0, applied 0 to this library (1 local changes recorded)\nfiles (originals and archived pages): 1 sent, 0 received and kept\n',
      });
      expect(await runCli(['sync', '--library', b, '--remote', remote, '--user', 'ani'], folder, ani)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^sent 0, received 2, applied 1 .*\nfiles \(originals and archived pages\): 0 sent, 1 received and kept\n$/) });
      const listed = await runCli(['list', '--library', b], folder);
      expect(listed.stdout).toContain('Putin Reportedly Keen To Host Another Armenian-Azeri Summit');
    } finally {
      server.kill('SIGTERM');
      await finishCli(server);
    }
    // The server is gone: one line, exit 1, nothing lost.
    const gone = await runCli(['sync', '--library', path.join(folder, 'b'), '--remote', `http://127.0.0.1:${port}/osint-team`, '--user', 'ani'], folder, { RESEARCH_NOTES_REMOTE_PASSWORD: 'ani-secret' });
    expect(gone.code).toBe(1);
    expect(gone.stderr.trim().split('\n')).toHaveLength(1);
    expect(gone.stderr).toContain('Could not reach the team server');
  }, 90_000);
});
