import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The repository root, wherever the tests run from. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

export { FIXTURES } from '../../support/fixtures.js';

/** A running web shell: its URL (with token), its process id, and a way to stop it as a user would (SIGTERM). */
export interface WebShell {
  url: string;
  pid: number;
  stop(): Promise<number | null>;
}

/** A fresh, empty library folder for one test. */
export async function makeLibraryFolder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'rn-e2e-'));
}

/** Starts `research-notes web` on a library (on any free port unless told) and waits for the line with its URL. */
export async function startWebShell(library: string, options: { port?: number } = {}): Promise<WebShell> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/research-notes.mjs'), 'web', '--library', library, '--port', String(options.port ?? 0)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  return {
    url,
    pid: child.pid!,
    stop: () => stopChild(child),
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web shell printed no URL within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web shell exited with code ${code} before printing its URL:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
