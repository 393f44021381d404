import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedDocumentForTests } from '../../core/library/imported-document-for-tests.js';
import { openLibrary } from '../../core/library/library-service.js';

const KILLS = 50;
const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside node_modules so the bundle's external packages (lowdb, zod) resolve as they do for the app.
const childScript = path.join(root, 'node_modules', '.cache', 'research-notes-tests', `crash-child-${process.pid}.mjs`);
let folder: string;

beforeAll(async () => {
  // Vitest runs TypeScript in its own loader; a bare child process needs plain JavaScript.
  await build({
    entryPoints: [path.join(root, 'tests/unit/crash-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-crash-'));
});

afterAll(async () => {
  await fs.rm(childScript, { force: true });
  await fs.rm(folder, { recursive: true, force: true });
});

interface Run {
  acked: [string, string][];
  articles: string[];
}

/** Starts the child, kills it with SIGKILL `delayMs` after it is ready, and returns what it acknowledged. */
function runAndKill(delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { acked: [], articles: [] };
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [kind, first, second] = line.split(' ');
        if (kind === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        if (kind === 'ack') run.acked.push([first!, second!]);
        if (kind === 'article') run.articles.push(first!);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(run);
      else reject(new Error(`the child ended by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('a writer killed with SIGKILL at random moments', () => {
  it(`loses no acknowledged save over ${KILLS} kills, and the library always opens consistent`, async () => {
    const setup = await openLibrary(folder);
    for (let n = 0; n < 4; n++) await setup.addImportedArticle(importedDocumentForTests(`Article ${n}`, [`Someone said the claim under test.`]));
    await setup.close();

    const acked = new Map<string, Set<string>>();
    const articles = new Set<string>();
    let totalAcks = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const run = await runAndKill(Math.floor(Math.random() * 150));
      totalAcks += run.acked.length;
      for (const [articleId, highlightId] of run.acked) {
        if (!acked.has(articleId)) acked.set(articleId, new Set());
        acked.get(articleId)!.add(highlightId);
      }
      for (const id of run.articles) articles.add(id);

      const library = await openLibrary(folder);
      try {
        const listed = await library.listArticles({});
        const counts = new Map(listed.map((article) => [article.id, article.highlightCount]));
        for (const id of articles) expect(counts.has(id), `acknowledged import ${id} after kill ${kill}`).toBe(true);
        for (const [articleId, highlightIds] of acked) {
          const { highlights } = await library.getArticle({ id: articleId });
          const present = new Set(highlights.map((highlight) => highlight.id));
          for (const id of highlightIds) expect(present.has(id), `acknowledged highlight ${id} after kill ${kill}`).toBe(true);
          // The index agrees with the file it describes, even when the kill fell between the two.
          expect(counts.get(articleId)).toBe(highlights.length);
        }
        const tagTotal = (await library.listTags({})).reduce((sum, tag) => sum + tag.count, 0);
        let highlightTotal = 0;
        for (const article of listed) highlightTotal += article.highlightCount;
        expect(tagTotal).toBe(highlightTotal);
        expect((await library.getLibraryInfo({})).notices).toEqual([]);
      } finally {
        await library.close();
      }
    }
    // The kills must have landed while saves were happening, or the test proves nothing.
    expect(totalAcks).toBeGreaterThan(KILLS);
  }, 300_000);
});
