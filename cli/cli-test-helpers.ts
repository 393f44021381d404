import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';

/** The command line as a user runs it: the built bin script. */
export const CLI_BIN = path.resolve(import.meta.dirname, '../bin/research-notes.mjs');

/** What a run of the command line printed and how it exited. */
export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the command line in `cwd`. The user's own library (RESEARCH_NOTES_LIBRARY) is never
 * passed on unless `env` sets it: a test must not touch it.
 */
export function startCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, options: SpawnOptions = {}): ChildProcess {
  const childEnv = { ...process.env, ...env };
  if (!('RESEARCH_NOTES_LIBRARY' in env)) delete childEnv.RESEARCH_NOTES_LIBRARY;
  return spawn(process.execPath, [CLI_BIN, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** Resolves once the process exits, with all it printed. */
export function finishCli(child: ChildProcess): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the command line to its end. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliOutcome> {
  return finishCli(startCli(args, cwd, env));
}
