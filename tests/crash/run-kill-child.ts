import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** What one run of the kill child did. */
export interface ChildRun {
  /** Its lines of output, in order. */
  lines: string[];
  /** Whether it was killed (by its kill point, or by the parent after `killAfterLine`). */
  killed: boolean;
  /** The steps it reached (core/store/kill-point.ts), when traced. */
  trace: string[];
  stderr: string;
}

/** How a run is made. */
export interface RunOptions {
  /** `RN_KILL_AT` for the child: `<step>:<n>` or `*:<n>`. */
  killAt?: string;
  /** Record the steps the child reaches. */
  trace?: boolean;
  /** The parent SIGKILLs the child as soon as it prints this line. */
  killAfterLine?: string;
}

/**
 * Runs the bundled kill child (tests/crash/kill-child.ts) with `args` and resolves when it has
 * ended: by itself, by its kill point, or killed by the parent. A child that fails on its own (an
 * exception, not a kill) rejects with its stderr.
 */
export async function runKillChild(script: string, args: readonly string[], options: RunOptions = {}): Promise<ChildRun> {
  const traceFile = options.trace ? path.join(os.tmpdir(), `rn-kill-trace-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.RN_KILL_AT;
  delete env.RN_KILL_TRACE;
  if (options.killAt) env.RN_KILL_AT = options.killAt;
  if (traceFile) env.RN_KILL_TRACE = traceFile;
  const outcome = await new Promise<{ lines: string[]; killed: boolean; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        if (line === options.killAfterLine) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (buffered !== '') lines.push(buffered);
      if (signal === 'SIGKILL') resolve({ lines, killed: true, stderr });
      else if (code === 0) resolve({ lines, killed: false, stderr });
      else reject(new Error(`the kill child (${args.join(' ')}, RN_KILL_AT=${options.killAt ?? ''}) failed with code ${code}: ${stderr}`));
    });
  });
  let trace: string[] = [];
  if (traceFile) {
    trace = (await fs.readFile(traceFile, 'utf8').catch(() => '')).split('\n').filter((line) => line !== '');
    await fs.rm(traceFile, { force: true });
  }
  return { ...outcome, trace };
}
