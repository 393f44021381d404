// Team sync figures for `npm run bench`: the first sync of a library of RN_TEAM_BENCH_ARTICLES
// articles (default 10,000, ten highlights each) to an empty team library on the embedded server
// (pouchdb-server on 127.0.0.1, started here), then the first sync of an empty library from it.
// Run alone: node .bench-cache/team-sync-bench.mjs (after scripts/build-bench.mjs).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTeamServer } from '../cli/team/start-team-server.js';
import { openLibrary } from '../core/library/library-service.js';
import { syncTeamLibrary } from '../core/team/sync-team-library.js';
import { createTeamDatabase } from '../core/team/team-database-setup.js';
import { generateLibrary } from './generate-library.js';
import { freePort } from '../tests/support/free-port.js';

// RN_TEAM_BENCH_FILE_BYTES > 0 gives each article an original of that size (they travel as attachments).
const ARTICLES = Number(process.env.RN_TEAM_BENCH_ARTICLES ?? 10_000);
const FILE_BYTES = Number(process.env.RN_TEAM_BENCH_FILE_BYTES ?? 0);


const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-team-bench-'));
const server = await startTeamServer({ port: await freePort(), dataDir: path.join(folder, 'server') });
try {
  const admin = { serverUrl: server.url, ...server.createdAdmin! };
  const { url } = await createTeamDatabase(admin, 'bench');
  const remote = { url, username: admin.username, password: admin.password };
  await generateLibrary(path.join(folder, 'a'), ARTICLES, 2000, 10, 5000, FILE_BYTES);
  const a = await openLibrary(path.join(folder, 'a'));
  let pushMs: number;
  let sent: number;
  let filesSent: number;
  try {
    const started = performance.now();
    ({ sent, filesSent } = await syncTeamLibrary(a, remote, 'bench'));
    pushMs = performance.now() - started;
  } finally {
    await a.close();
  }
  const b = await openLibrary(path.join(folder, 'b'));
  let pullMs: number;
  let applied: number;
  let filesKept: number;
  try {
    const started = performance.now();
    ({ applied, filesKept } = await syncTeamLibrary(b, remote, 'bench'));
    pullMs = performance.now() - started;
  } finally {
    await b.close();
  }
  console.log(JSON.stringify({ teamSyncArticles: ARTICLES, teamFirstPushMs: Math.round(pushMs), teamDocumentsSent: sent, teamFirstPullMs: Math.round(pullMs), teamChangesApplied: applied, teamFileBytes: FILE_BYTES, teamFilesSent: filesSent, teamFilesKept: filesKept, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
} finally {
  await server.stop();
  await fs.rm(folder, { recursive: true, force: true });
}
