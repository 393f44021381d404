import fs from 'node:fs/promises';
import path from 'node:path';
import { openLibrary } from '../../core/library/library-service.js';
import { AcknowledgedState, damagedCopies, unreadableBackups } from './acknowledged-state.js';
import { runKillChild } from './run-kill-child.js';

/** How a soak kills. */
export interface SoakOptions {
  /** The bundled kill child (tests/crash/build-kill-child.ts). */
  script: string;
  /** A new, empty folder for the library. */
  folder: string;
  /**
   * 'each-step': one kill at every distinct step the work reaches, and at every distinct step
   * of an open that repairs damage (the short form); a number: that many kills at random steps.
   */
  kills: 'each-step' | number;
  /** Told about each kill (for a long run's progress). */
  log?: (line: string) => void;
}

/** What a soak found. */
export interface SoakResult {
  kills: number;
  /** Operations the children acknowledged over the whole soak. */
  acknowledged: number;
  /** Each problem found after a kill: an acknowledged write lost, a good file overwritten... */
  problems: string[];
  /** Opens that failed after a kill. */
  unopenable: number;
  /** Every step killed at, with how many times. */
  stepsKilled: Map<string, number>;
  /** Every step the work and the repairing open reach (the steps a kill can land on). */
  stepsReached: Set<string>;
}

/** Damage a soak injects between kills, so that opens repair it while they are killed too. */
const DAMAGES = ['journal line', 'index', 'search index'] as const;

/**
 * Kills the kill child at steps of its work (import, highlight, edit, delete, settings, the journal
 * fold and the backup rotations of each save) and of the opens that follow (repairs of the
 * journal, the index and search.sqlite, damaged between kills on purpose), and after each kill
 * opens the library and checks that everything acknowledged is there (AcknowledgedState), that
 * no backup is torn and that no damaged copy appeared without damage.
 */
export async function runKillSoak(options: SoakOptions): Promise<SoakResult> {
  const { script, folder } = options;
  const state = new AcknowledgedState();
  const result: SoakResult = { kills: 0, acknowledged: 0, problems: [], unopenable: 0, stepsKilled: new Map(), stepsReached: new Set() };
  state.apply((await runKillChild(script, ['work', folder, '1'])).lines);

  // What a run reaches, traced on copies: the kill plans are drawn from these.
  const workTrace = (await runKillChild(script, ['work', await copyOf(folder, 'trace-work'), '2'], { trace: true })).trace;
  const damagedCopy = await copyOf(folder, 'trace-open');
  await runKillChild(script, ['import', damagedCopy, '3'], { killAfterLine: 'done' });
  await damage(damagedCopy, 'journal line');
  await damage(damagedCopy, 'search index');
  const openTrace = (await runKillChild(script, ['open', damagedCopy], { trace: true })).trace;
  await fs.rm(`${folder}-trace-work`, { recursive: true, force: true });
  await fs.rm(damagedCopy, { recursive: true, force: true });
  for (const step of [...workTrace, ...openTrace]) result.stepsReached.add(step);

  const plans: { work: string | null; open: string | null; damage: (typeof DAMAGES)[number][] }[] = [];
  if (options.kills === 'each-step') {
    for (const step of new Set(workTrace)) plans.push({ work: `${step}:${occurrence(workTrace, step, plans.length)}`, open: null, damage: [] });
    // The damage the open was traced with, so that each of its steps is reached again.
    for (const step of new Set(openTrace)) plans.push({ work: null, open: `${step}:${occurrence(openTrace, step, plans.length)}`, damage: ['journal line', 'search index'] });
    // And a damaged index, repaired while killed at a random step.
    for (let n = 0; n < 3; n++) plans.push({ work: null, open: `*:${1 + Math.floor(Math.random() * openTrace.length)}`, damage: ['index'] });
  } else {
    // More runs than kills: a run whose kill point lies past its last step ends by itself.
    for (let n = 0; n < Math.ceil(options.kills * 1.3); n++) {
      const killOpen = n % 2 === 1;
      plans.push({
        work: killOpen ? null : `*:${1 + Math.floor(Math.random() * workTrace.length * 1.1)}`,
        open: killOpen ? `*:${1 + Math.floor(Math.random() * openTrace.length)}` : null,
        damage: n % 3 === 2 ? [DAMAGES[Math.floor(n / 3) % DAMAGES.length]!] : [],
      });
    }
  }

  let allowedDamagedCopies = 0;
  for (const [n, plan] of plans.entries()) {
    if (typeof options.kills === 'number' && result.kills >= options.kills) break;
    const seed = 10 + n;
    const work = await runKillChild(script, ['work', folder, String(seed)], plan.work ? { killAt: plan.work, trace: true } : {});
    state.apply(work.lines);
    if (work.killed) count(result.stepsKilled, work.trace.at(-1) ?? '?');
    // Before a killed open: a crash that leaves imports in the journal only, for the open to settle (or repair).
    if (plan.open !== null) state.apply((await runKillChild(script, ['import', folder, '3'], { killAfterLine: 'done' })).lines);
    for (const what of plan.damage) {
      // A repaired journal or index is kept aside: one more damaged copy is expected, never more.
      if ((await damage(folder, what)) && what !== 'search index') allowedDamagedCopies++;
    }
    if (plan.open !== null) {
      const opened = await runKillChild(script, ['open', folder], { killAt: plan.open, trace: true });
      if (opened.killed) count(result.stepsKilled, opened.trace.at(-1) ?? '?');
    }
    result.kills = [...result.stepsKilled.values()].reduce((sum, times) => sum + times, 0);
    const where = `after kill ${n + 1} (${plan.work ?? plan.open}${plan.damage.length > 0 ? `, ${plan.damage.join(' and ')} damaged` : ''})`;
    let library;
    try {
      library = await openLibrary(folder);
    } catch (error) {
      result.unopenable++;
      result.problems.push(`${where}: the library does not open: ${(error as Error).message}`);
      continue;
    }
    try {
      for (const problem of await state.problems(library)) result.problems.push(`${where}: ${problem}`);
    } finally {
      await library.close();
    }
    const copies = await damagedCopies(folder);
    if (copies.length > allowedDamagedCopies) result.problems.push(`${where}: damaged copies appeared without damage: ${copies.join(', ')}`);
    allowedDamagedCopies = copies.length;
    for (const backup of await unreadableBackups(folder)) result.problems.push(`${where}: backup ${backup} is torn`);
    options.log?.(`${where}: ${state.acknowledged} acknowledged so far, ${result.problems.length} problems`);
  }
  result.acknowledged = state.acknowledged;
  return result;
}

/** Damages one file of the library as a disk or a careless edit would; false when there was nothing to damage. */
async function damage(folder: string, what: (typeof DAMAGES)[number]): Promise<boolean> {
  if (what === 'search index') {
    await Promise.all(['-wal', '-shm'].map((suffix) => fs.rm(path.join(folder, `search.sqlite${suffix}`), { force: true })));
    await fs.writeFile(path.join(folder, 'search.sqlite'), 'not a database at all');
    return true;
  }
  if (what === 'index') {
    const indexPath = path.join(folder, 'library.json');
    const text = await fs.readFile(indexPath, 'utf8');
    await fs.writeFile(indexPath, text.slice(0, Math.floor(text.length / 2)));
    return true;
  }
  const journalPath = path.join(folder, 'library.journal');
  const lines = (await fs.readFile(journalPath, 'utf8').catch(() => '')).split('\n');
  if (lines.filter((line) => line !== '').length < 3) return false;
  lines[1] = lines[1]!.slice(0, 30);
  await fs.writeFile(journalPath, lines.join('\n'));
  return true;
}

async function copyOf(folder: string, name: string): Promise<string> {
  const copy = `${folder}-${name}`;
  await fs.cp(folder, copy, { recursive: true });
  return copy;
}

/** One of the occurrences of `step` in a trace, varied by `salt`: not always the first. */
function occurrence(trace: readonly string[], step: string, salt: number): number {
  const times = trace.filter((reached) => reached === step).length;
  return 1 + ((salt * 7) % times);
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
