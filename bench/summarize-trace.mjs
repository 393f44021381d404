// Reads a Chrome performance trace (browser.startTracing) and says where the page's main thread
// spent the time of every `performance.measure(name)` in it: self time by trace event (script,
// style, layout, paint, GC, ...), time with no task at all, and JavaScript self time by function
// from the V8 sampling profiler. What DevTools' Bottom-up tab shows, as lines a note can quote.

/** Categories that give the breakdown below; pass them to browser.startTracing. */
export const TRACE_CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute',
  'disabled-by-default-v8.cpu_profiler', 'v8', 'blink', 'disabled-by-default-v8.gc',
];

/** Per event name and per JS function: the self time (and for functions the total time) in ms inside the measures named `measureName`, and their count and total. */
export function summarizeTrace(trace, measureName) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const windows = measureWindows(events, measureName);
  if (windows.length === 0) return { measures: 0, totalMs: 0, idleMs: 0, byEvent: [], byFunction: [] };
  const { pid, tid } = windows[0];
  const onThread = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && typeof event.dur === 'number');
  const byEvent = new Map();
  let busy = 0;
  for (const window of windows) {
    for (const [name, us] of selfTimes(onThread, window)) byEvent.set(name, (byEvent.get(name) ?? 0) + us);
    busy += coveredTime(onThread, window);
  }
  const totalUs = windows.reduce((sum, window) => sum + window.end - window.start, 0);
  return {
    measures: windows.length,
    totalMs: totalUs / 1000,
    idleMs: (totalUs - busy) / 1000,
    byEvent: sortedMs(byEvent),
    ...functionTimes(events, pid, tid, windows),
  };
}

/** The summary as a few readable lines (per application: every figure is divided by the number of measures). */
export function formatTraceSummary(summary, top = 12) {
  const per = (ms) => (ms / Math.max(1, summary.measures)).toFixed(2).padStart(7);
  const lines = [`${summary.measures} applications, ${per(summary.totalMs)} ms each on average; no task running: ${per(summary.idleMs)} ms`];
  lines.push('  main thread self time by trace event (ms per application):');
  for (const [name, ms] of summary.byEvent.slice(0, top)) lines.push(`    ${per(ms)}  ${name}`);
  lines.push('  JavaScript self time by function (ms per application):');
  for (const [name, ms] of summary.byFunction.slice(0, top)) lines.push(`    ${per(ms)}  ${name}`);
  lines.push('  JavaScript total time by function, callees included (ms per application):');
  for (const [name, ms] of summary.byFunctionTotal.slice(0, top)) lines.push(`    ${per(ms)}  ${name}`);
  return lines.join('\n');
}

function measureWindows(events, name) {
  const open = new Map();
  const windows = [];
  for (const event of events) {
    if (event.name !== name || !String(event.cat).includes('blink.user_timing')) continue;
    const key = event.id ?? event.id2?.local ?? event.id2?.global ?? '';
    if (event.ph === 'b') open.set(key, event);
    else if (event.ph === 'e' && open.has(key)) {
      const begin = open.get(key);
      open.delete(key);
      windows.push({ pid: begin.pid, tid: begin.tid, start: begin.ts, end: event.ts });
    }
  }
  return windows;
}

// Self time: an event's duration minus that of the events nested in it, clipped to the window.
function selfTimes(onThread, window) {
  const inside = onThread.filter((event) => event.ts < window.end && event.ts + event.dur > window.start).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = new Map();
  const stack = [];
  const clip = (from, to) => Math.max(0, Math.min(to, window.end) - Math.max(from, window.start));
  const close = (frame) => totals.set(frame.name, (totals.get(frame.name) ?? 0) + frame.self);
  for (const event of inside) {
    while (stack.length > 0 && stack.at(-1).end <= event.ts) close(stack.pop());
    const frame = { name: event.name, end: event.ts + event.dur, self: clip(event.ts, event.ts + event.dur) };
    if (stack.length > 0) stack.at(-1).self -= frame.self;
    stack.push(frame);
  }
  while (stack.length > 0) close(stack.pop());
  return totals;
}

function coveredTime(onThread, window) {
  let covered = 0;
  let reached = window.start;
  for (const event of onThread.filter((item) => item.ts < window.end && item.ts + item.dur > window.start).sort((a, b) => a.ts - b.ts)) {
    const from = Math.max(event.ts, reached);
    const to = Math.min(event.ts + event.dur, window.end);
    if (to > from) {
      covered += to - from;
      reached = to;
    }
  }
  return covered;
}

// The sampling profiler's chunks: nodes (call frames with their parent) and samples with the time since the previous one.
function functionTimes(events, pid, tid, windows) {
  const nodes = new Map();
  const totals = new Map();
  const inclusive = new Map();
  let time = null;
  let previous = null;
  let profileId = null;
  const inWindow = (ts) => windows.some((window) => ts >= window.start && ts < window.end);
  for (const event of events) {
    if (event.pid !== pid) continue;
    // One profile per thread (workers have their own); only the main thread's counts.
    if (event.name === 'Profile' && event.tid === tid) {
      profileId = event.id;
      time = event.args?.data?.startTime ?? null;
    }
    if (event.name !== 'ProfileChunk' || event.id !== profileId) continue;
    const data = event.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let index = 0; index < samples.length; index += 1) {
      if (time === null) break;
      time += deltas[index] ?? 0;
      // A sample stands for the time until the next one.
      if (previous && inWindow(previous.time)) {
        const spent = time - previous.time;
        totals.set(previous.name, (totals.get(previous.name) ?? 0) + spent);
        for (const name of previous.stack) inclusive.set(name, (inclusive.get(name) ?? 0) + spent);
      }
      const node = nodes.get(samples[index]);
      previous = { time, name: node ? describeFrame(node.callFrame) : '(unknown)', stack: stackOf(nodes, node) };
    }
  }
  return { byFunction: sortedMs(totals), byFunctionTotal: sortedMs(inclusive) };
}

// Each function once, however deep the recursion.
function stackOf(nodes, node) {
  const names = new Set();
  for (let current = node; current; current = nodes.get(current.parent)) names.add(describeFrame(current.callFrame));
  return names;
}

function describeFrame({ functionName, url, lineNumber, columnNumber }) {
  const name = functionName || '(anonymous)';
  if (!url) return name;
  return `${name}  ${url.split('/').at(-1)}:${lineNumber + 1}:${columnNumber + 1}`;
}

function sortedMs(totals) {
  return [...totals].map(([name, us]) => [name, us / 1000]).sort((a, b) => b[1] - a[1]);
}
