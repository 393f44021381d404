import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Durations of the steps of a save (journal append, backup rotation, rename...), collected only
 * while a benchmark asks for them: `measureSteps` runs a call with a label, and every step timed
 * inside it (and in what it schedules, such as the search index's update on the next turn) is
 * recorded under that label. Off, a timed step costs one comparison.
 */
const context = new AsyncLocalStorage<Map<string, number[]>>();
let enabled = false;

/** Runs `call` and collects the durations (ms) of the steps timed inside it into `into`, by step name. */
export function measureSteps<R>(into: Map<string, number[]>, call: () => Promise<R>): Promise<R> {
  enabled = true;
  return context.run(into, call);
}

/** Times one step of a save, when a benchmark measures (see measureSteps). */
export async function timeStep<R>(step: string, work: () => Promise<R>): Promise<R> {
  const into = enabled ? context.getStore() : undefined;
  if (into === undefined) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordStep(into, step, performance.now() - started);
  }
}

/** Times one synchronous step (see timeStep). */
export function timeStepSync<R>(step: string, work: () => R): R {
  const into = enabled ? context.getStore() : undefined;
  if (into === undefined) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    recordStep(into, step, performance.now() - started);
  }
}

function recordStep(into: Map<string, number[]>, step: string, ms: number): void {
  const times = into.get(step);
  if (times) times.push(ms);
  else into.set(step, [ms]);
}
