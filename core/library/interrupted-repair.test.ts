import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKillChild } from '../../tests/crash/build-kill-child.js';
import { runKillChild } from '../../tests/crash/run-kill-child.js';
import { openLibrary } from './library-service.js';

let script: string;
let root: string;

beforeAll(async () => {
  script = await buildKillChild(`kill-child-repair-${process.pid}.mjs`);
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-interrupted-repair-'));
});

afterAll(async () => {
  await fs.rm(script, { force: true });
  await fs.rm(root, { recursive: true, force: true });
});

/** The ids a child acknowledged as imported. */
function importedIds(lines: readonly string[]): string[] {
  return lines.filter((line) => line.startsWith('ack import ')).map((line) => line.split(' ')[2]!);
}

describe('a repair of the library index interrupted by a crash', () => {
  it('leaves a library that lists all 60 imported articles, with a notice, wherever the repair is killed', async () => {
    // 60 imports in a child, SIGKILLed once all are acknowledged: the journal holds them, library.json does not yet.
    const pristine = path.join(root, 'pristine');
    const imported = await runKillChild(script, ['import', pristine, '60'], { killAfterLine: 'done' });
    expect(imported.killed).toBe(true);
    const ids = importedIds(imported.lines);
    expect(ids).toHaveLength(60);
    expect(JSON.parse(await fs.readFile(path.join(pristine, 'library.json'), 'utf8')).articles).toHaveLength(0);
    // One middle line of the journal damaged, as a disk or a careless edit would.
    const journalPath = path.join(pristine, 'library.journal');
    const lines = (await fs.readFile(journalPath, 'utf8')).split('\n');
    expect(lines.filter((line) => line !== '')).toHaveLength(60);
    lines[30] = lines[30]!.slice(0, 40);
    await fs.writeFile(journalPath, lines.join('\n'));

    // The reopen that repairs it, once without a kill: every step it takes.
    const tracedCopy = path.join(root, 'traced');
    await fs.cp(pristine, tracedCopy, { recursive: true });
    const traced = await runKillChild(script, ['open', tracedCopy], { trace: true });
    expect(traced.killed).toBe(false);
    expect(traced.trace.length).toBeGreaterThan(5);
    // From the removal of the repair marker on, the child is closing a repaired library: its notice was given.
    const closing = traced.trace.indexOf('repair-marker.remove') + 1;
    expect(closing).toBeGreaterThan(1);

    // Then killed at each of those steps in turn, each time on a fresh copy, and opened again.
    for (let step = 1; step <= traced.trace.length; step++) {
      const copy = path.join(root, `killed-${step}`);
      await fs.cp(pristine, copy, { recursive: true });
      const killed = await runKillChild(script, ['open', copy], { killAt: `*:${step}` });
      expect(killed.killed, `killed at step ${step} (${traced.trace[step - 1]})`).toBe(true);
      const library = await openLibrary(copy);
      try {
        const listed = (await library.listArticles({})).map((article) => article.id);
        expect(listed.sort(), `after a kill at step ${step} (${traced.trace[step - 1]})`).toEqual([...ids].sort());
        const { notices } = await library.getLibraryInfo({});
        if (step < closing) {
          expect(notices.join('\n'), `the notice after a kill at step ${step} (${traced.trace[step - 1]})`).toMatch(/journal .* was damaged .*The index was rebuilt from 60 article files/s);
        }
      } finally {
        await library.close();
      }
      // Once closed cleanly, the repair is done and no longer reported.
      if (step % 4 === 0) {
        const again = await openLibrary(copy);
        expect((await again.getLibraryInfo({})).notices).toEqual([]);
        expect(await again.listArticles({})).toHaveLength(60);
        await again.close();
      }
      await fs.rm(copy, { recursive: true, force: true });
    }
  }, 300_000);
});
