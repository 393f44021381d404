// The delay from an edit in one analyst's app to its arrival in another's, both online, through
// the embedded server (pouchdb-server on 127.0.0.1, started here): each app's team sync sends an
// edit soon after it is written and listens to the server's live changes feed. RN_TEAM_DELAY_EDITS
// edits (default 30) to libraries of RN_TEAM_DELAY_ARTICLES articles (default 50), one at a time.
// Run alone: node .bench-cache/team-delay-bench.mjs (after scripts/build-bench.mjs).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTeamServer } from '../cli/team/start-team-server.js';
import { openLibrary } from '../core/library/library-service.js';
import { createTeamDatabase } from '../core/team/team-database-setup.js';
import { generateLibrary } from './generate-library.js';
import { freePort } from '../tests/support/free-port.js';

const EDITS = Number(process.env.RN_TEAM_DELAY_EDITS ?? 30);
const ARTICLES = Number(process.env.RN_TEAM_DELAY_ARTICLES ?? 50);


const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-team-delay-'));
const server = await startTeamServer({ port: await freePort(), dataDir: path.join(folder, 'server') });
try {
  const admin = server.createdAdmin!;
  const { url } = await createTeamDatabase({ serverUrl: server.url, ...admin }, 'delay');
  await generateLibrary(path.join(folder, 'a'), ARTICLES, 2000, 10);
  const a = await openLibrary(path.join(folder, 'a'));
  const b = await openLibrary(path.join(folder, 'b'));
  try {
    await a.joinTeam({ url, username: admin.username, password: admin.password });
    await b.joinTeam({ url, username: admin.username, password: admin.password });
    const [article] = await a.listArticles({});
    const { highlights } = await a.getArticle({ id: article!.id });
    const delays: number[] = [];
    for (let edit = 0; edit < EDITS; edit++) {
      const note = `edit ${edit}`;
      const started = performance.now();
      await a.updateHighlight({ articleId: article!.id, id: highlights[0]!.id, patch: { note } });
      for (;;) {
        const arrived = (await b.getArticle({ id: article!.id })).highlights.find((entry) => entry.id === highlights[0]!.id)?.note === note;
        if (arrived) break;
        if (performance.now() - started > 60_000) throw new Error(`edit ${edit} did not arrive within a minute`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      delays.push(performance.now() - started);
    }
    delays.sort((x, y) => x - y);
    const at = (share: number): number => delays[Math.min(delays.length - 1, Math.floor(share * delays.length))]!;
    console.log(`team edit-to-arrival delay, ${ARTICLES} articles, ${EDITS} edits: p50 ${Math.round(at(0.5))} ms, p95 ${Math.round(at(0.95))} ms, max ${Math.round(delays.at(-1)!)} ms (target p95 <= 2000 ms)`);
  } finally {
    await a.close();
    await b.close();
  }
} finally {
  await server.stop();
  await fs.rm(folder, { recursive: true, force: true });
}
