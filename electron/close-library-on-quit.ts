import type { App } from 'electron';
import type { LibraryService } from '../core/library/library-service.js';

/**
 * Holds the first quit until the library is closed (pending writes on disk, lock released), then
 * quits for real. SIGINT and SIGTERM (a terminal's Ctrl+C, a session ending) take the same path.
 */
export function closeLibraryOnQuit(app: App, library: LibraryService): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    library
      .close()
      .catch((error: unknown) => console.error('research-notes: could not close the library cleanly:', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}
