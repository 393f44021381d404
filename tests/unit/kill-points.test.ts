import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKillChild } from '../crash/build-kill-child.js';
import { runKillSoak } from '../crash/run-kill-soak.js';

// The short form of the kill-point crash test; `npm run bench -- --soak` runs the long one (500 kills).
let script: string;
let folder: string;

beforeAll(async () => {
  script = await buildKillChild(`kill-child-points-${process.pid}.mjs`);
  folder = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'rn-kill-points-')), 'library');
});

afterAll(async () => {
  await fs.rm(script, { force: true });
  await fs.rm(path.dirname(folder), { recursive: true, force: true });
});

describe('a writer killed at each step of its writes (RN_KILL_AT)', () => {
  it('opens every time with every acknowledged article, highlight and setting, and nothing good overwritten', async () => {
    const result = await runKillSoak({ script, folder, kills: 'each-step' });
    expect(result.problems).toEqual([]);
    expect(result.unopenable).toBe(0);
    // Every step of import, save (journal, backup rotation, rename), settings, fold and repair was reached and killed at.
    for (const step of ['journal.write', 'journal.fsync', 'journal.truncate', 'atomic-json.write-temporary', 'atomic-json.fsync-temporary', 'atomic-json.rename', 'backup.rotate', 'backup.link', 'original.rename', 'keep-aside.link', 'write-file.rename', 'journal.remove', 'lock.link']) {
      expect(result.stepsReached, step).toContain(step);
      expect(result.stepsKilled.get(step) ?? 0, `kills at ${step}`).toBeGreaterThan(0);
    }
    expect(result.acknowledged).toBeGreaterThan(result.kills);
  }, 600_000);
});
