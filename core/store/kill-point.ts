import { appendFileSync } from 'node:fs';

/** The kill plan of a crash test: stop at the `count`th time `step` (or any step, for '*') is reached. */
interface KillPlan {
  step: string;
  count: number;
}

/**
 * Read once: a crash test sets these in the environment of the child it starts, never in the app.
 * `RN_KILL_AT=<step>:<n>` SIGKILLs this process the nth time `step` (`*`: any step) is reached;
 * `RN_KILL_TRACE=<file>` appends the name of every step reached to that file, one a line, so a
 * test can list the steps a run goes through and then kill at each of them.
 */
const plan = parsePlan(process.env.RN_KILL_AT);
const traceFile = process.env.RN_KILL_TRACE || null;
let reached = 0;

/**
 * Marks the moment before a write, rename, fsync, link or removal of a library file, where a
 * crash test may kill the process (see above). Costs one comparison when no test asked for it.
 */
export function killPoint(step: string): void {
  if (plan === null && traceFile === null) return;
  // Synchronous on purpose: the line must be in the file before the kill that may follow.
  if (traceFile !== null) appendFileSync(traceFile, `${step}\n`);
  if (plan !== null && (plan.step === '*' || plan.step === step) && ++reached === plan.count) process.kill(process.pid, 'SIGKILL');
}

function parsePlan(value: string | undefined): KillPlan | null {
  const match = /^(.+):(\d+)$/.exec(value ?? '');
  return match ? { step: match[1]!, count: Number(match[2]) } : null;
}
