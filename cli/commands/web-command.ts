import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../core/api/api-error.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';
import { waitForStopSignal } from '../wait-for-stop-signal.js';
import { startWebServer } from '../web-server.js';
import { startCaptureListener } from '../../core/capture/start-capture-listener.js';
import { CAPTURE_PORTS } from '../../core/model/capture-ports.js';
import { withLibrary } from '../with-library.js';

const USAGE = `Usage: research-notes web [--library DIR] [--port N]

Serves the app to your browser at http://127.0.0.1 (this computer only) and prints its address,
with the session token that every request needs. Stop it with Ctrl+C; the library is saved.

Options:
  --library DIR  the library folder (default: RESEARCH_NOTES_LIBRARY, else the per-user folder)
  --port N       the port to listen on (default 0: any free port)
  --help         show this help`;

// esbuild bundles this file into dist/cli/main.mjs, so the built renderer sits at dist/renderer.
const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));

/** `research-notes web`: the app in the browser through the local web shell, until SIGINT or SIGTERM. */
export const webCommand: CliCommand = {
  name: 'web',
  summary: 'open the app in your browser through a local web server',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandLine('web', args, { library: { type: 'string' }, port: { type: 'string' } }, false);
    const port = parsePort(values.port);
    if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new ApiError('INVALID_ARGUMENT', `the app's user interface is not built (no ${path.join(RENDERER_DIR, 'index.html')}); run \`npm run build\` first`);
    }
    // Listening for the stop signals before anything starts: a signal that arrives while the URL
    // line is being printed (or while the library opens) must still end in a clean stop.
    const stopped = waitForStopSignal();
    await withLibrary(values.library, async (library) => {
      const server = await startWebServer({ api: library, capturedPage: (id) => library.capturedPage(id), rendererDir: RENDERER_DIR, port }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new ApiError('INVALID_ARGUMENT', `port ${port} is already in use; choose another with --port, or --port 0 for any free one`, { cause: error });
        }
        throw error;
      });
      process.stdout.write(`Research Notes is running at ${server.url}\n`);
      // The browser clipper finds the app on a port of a fixed range; without one free, the app runs on without it.
      const readOnly = (await library.getLibraryInfo({})).readOnly === true;
      const capture = readOnly ? null : await startCaptureListener(await library.captureDesk());
      if (capture === null && !readOnly) process.stderr.write(`research-notes: the browser clipper cannot reach this library: ports ${CAPTURE_PORTS[0]}-${CAPTURE_PORTS.at(-1)} are all in use\n`);
      await stopped;
      await capture?.close();
      await server.close();
    }, 'web shell');
  },
};

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new ApiError('INVALID_ARGUMENT', `--port must be a number from 0 to 65535, not "${value}"`);
  return port;
}
