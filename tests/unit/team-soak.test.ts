import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedDocumentForTests } from '../../core/library/imported-document-for-tests.js';
import { openLibrary } from '../../core/library/library-service.js';
import { syncTeamLibrary, type TeamRemote } from '../../core/team/sync-team-library.js';
import { useTeamServer } from '../../core/team/team-server-for-tests.js';
import { buildKillChild } from '../crash/build-kill-child.js';

// The team soak: three analysts' libraries edit their own highlights of shared articles at random,
// syncing every few edits, while the parent SIGKILLs their processes at random moments and cuts
// their network (a proxy in front of the real pouchdb-server) at random. Then a full sync: every
// library must hold the same highlights, and every acknowledged edit must be there (0 lost).
// RN_TEAM_SOAK_EDITS sets the edits per library (default 120 in `npm test`; the 2,000 as
// a separate run).

const EDITS = Number(process.env.RN_TEAM_SOAK_EDITS ?? 120);
const LIBRARIES = 3;
const team = useTeamServer();
let script: string;
let root: string;

beforeAll(async () => {
  script = await buildKillChild(`team-soak-child-${process.pid}.mjs`, 'tests/crash/team-soak-child.ts');
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-team-soak-'));
});

afterAll(async () => {
  await fs.rm(script, { force: true });
  if (root) await fs.rm(root, { recursive: true, force: true });
});

/** A TCP proxy to the server that can be cut: open connections are dropped and new ones refused. */
class CuttableProxy {
  private readonly sockets = new Set<net.Socket>();
  private cut = false;
  private constructor(private readonly server: net.Server, readonly port: number) {}

  static async start(target: number): Promise<CuttableProxy> {
    let proxy: CuttableProxy | null = null;
    const server = net.createServer((client) => {
      if (!proxy || proxy.cut) return void client.destroy();
      const upstream = net.connect(target, '127.0.0.1');
      for (const socket of [client, upstream]) {
        proxy.sockets.add(socket);
        socket.on('close', () => proxy?.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new CuttableProxy(server, (server.address() as net.AddressInfo).port);
    return proxy;
  }

  setCut(cut: boolean): void {
    this.cut = cut;
    if (cut) for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    this.setCut(true);
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** What the parent knows a library acknowledged: per highlight, the notes it may hold now (null: deleted). */
type Expectations = Map<string, { acked: string | null; inFlight?: string | null }>;

interface ChildOutcome {
  acks: number;
  done: boolean;
  killed: boolean;
}

/** Runs one child until it ends or until it has acknowledged `killAfter` edits, when it is SIGKILLed. */
function runChild(args: string[], env: NodeJS.ProcessEnv, killAfter: number, expectations: Expectations): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let acks = 0;
    let done = false;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [kind, op, key, note] = line.split(' ');
        if (kind === 'done') done = true;
        if ((kind !== 'try' && kind !== 'ack') || !key) continue;
        const value = op === 'delete' ? null : note!;
        const known = expectations.get(key);
        if (kind === 'try') expectations.set(key, { acked: known?.acked ?? null, inFlight: value });
        else {
          expectations.set(key, { acked: value });
          acks += 1;
          if (acks === killAfter) child.kill('SIGKILL');
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acks, done: false, killed: true });
      else if (code === 0 && done) resolve({ acks, done, killed: false });
      else reject(new Error(`team soak child ${args.join(' ')} failed with code ${code}: ${stderr}`));
    });
  });
}

describe('team sync under random kills and disconnects', () => {
  it(`loses no acknowledged edit of ${LIBRARIES} libraries × ${EDITS} edits, and ends with all libraries equal`, async () => {
    const remote = await team.teamDatabase();
    const serverPort = Number(new URL(team.server.url).port);
    const databaseName = new URL(remote.url).pathname;
    const folders = Array.from({ length: LIBRARIES }, (_, index) => path.join(root, `analyst-${index}`));

    // The shared articles, from the first library.
    const first = await openLibrary(folders[0]!);
    for (let index = 0; index < 4; index++) {
      await first.addImportedArticle(importedDocumentForTests(`Shared article ${index}`, [`Paragraph one of shared article ${index}, long enough to highlight in many places.`, `Paragraph two, with more words for highlights.`]));
    }
    // Each library reaches the server through its own proxy, always at the same address.
    const proxies = await Promise.all(folders.map(() => CuttableProxy.start(serverPort)));
    await syncTeamLibrary(first, { ...remote, url: `http://127.0.0.1:${proxies[0]!.port}${databaseName}` }, 'analyst-0');
    await first.close();
    let running = true;
    const cutting = (async () => {
      while (running) {
        const proxy = proxies[Math.floor(Math.random() * proxies.length)]!;
        proxy.setCut(true);
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 600));
        proxy.setCut(false);
        await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 800));
      }
    })();

    const expectations: Expectations[] = folders.map(() => new Map());
    let kills = 0;
    const env = { ...process.env, RESEARCH_NOTES_REMOTE_USER: remote.username, RESEARCH_NOTES_REMOTE_PASSWORD: remote.password };
    await Promise.all(
      folders.map(async (folder, index) => {
        let left = EDITS;
        for (let run = 0; left > 0; run++) {
          const url = `http://127.0.0.1:${proxies[index]!.port}${databaseName}`;
          const killAfter = 5 + Math.floor(Math.random() * 40);
          const outcome = await runChild([folder, url, `analyst-${index}`, String(index * 1000 + run), String(left)], env, killAfter, expectations[index]!);
          left -= outcome.acks;
          if (outcome.killed) kills += 1;
          if (outcome.done) break;
        }
      }),
    );
    running = false;
    await cutting;
    for (const proxy of proxies) proxy.setCut(false);
    expect(kills).toBeGreaterThan(LIBRARIES);

    // Everyone back online: two full rounds of syncs.
    let conflicts = 0;
    for (let round = 0; round < 2; round++) {
      for (const [index, folder] of folders.entries()) {
        const library = await openLibrary(folder);
        const online: TeamRemote = { ...remote, url: `http://127.0.0.1:${proxies[index]!.port}${databaseName}` };
        const report = await syncTeamLibrary(library, online, `analyst-${index}`).finally(() => library.close());
        conflicts = report.conflicts.length;
        expect(report.skipped).toEqual([]);
      }
    }
    expect(conflicts).toBe(0);
    await Promise.all(proxies.map((proxy) => proxy.close()));

    const contents = await Promise.all(
      folders.map(async (folder) => {
        const library = await openLibrary(folder);
        try {
          const byKey = new Map<string, string>();
          for (const { id } of await library.listArticles({})) {
            for (const highlight of (await library.getArticle({ id })).highlights) byKey.set(`${id}:${highlight.id}`, highlight.note);
          }
          return byKey;
        } finally {
          await library.close();
        }
      }),
    );
    // All libraries equal.
    for (const other of contents.slice(1)) expect(Object.fromEntries(other)).toEqual(Object.fromEntries(contents[0]!));
    // Every acknowledged edit there: the last note acknowledged (or the one in flight at a kill), or gone when deleted.
    let checked = 0;
    for (const expected of expectations) {
      for (const [key, { acked, inFlight }] of expected) {
        const held = contents[0]!.get(key) ?? null;
        const allowed = inFlight === undefined ? [acked] : [acked, inFlight];
        expect(allowed, `highlight ${key}`).toContain(held);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(LIBRARIES * 10);
    console.log(`team soak: ${LIBRARIES} libraries × ${EDITS} edits, ${kills} kills, ${checked} highlights checked, ${contents[0]!.size} in each library`);
  }, Math.max(600_000, EDITS * 2_000));
});
