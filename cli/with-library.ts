import { defaultLibraryPath } from '../core/store/default-library-path.js';
import { openLibrary, type LibraryService } from '../core/library/library-service.js';
import type { LibraryOwner } from '../core/store/library-lock.js';

/**
 * Opens the library named by `--library` (else the default folder), prints what opening repaired
 * (getLibraryInfo().notices) to stderr, runs `work` on it, and always closes it afterwards so
 * everything is saved and its lock released, whatever `work` did.
 */
export async function withLibrary<T>(
  libraryOption: string | undefined,
  work: (library: LibraryService) => Promise<T>,
  owner: LibraryOwner = 'command line',
): Promise<T> {
  const library = await openLibrary(libraryOption ?? defaultLibraryPath(), { owner });
  try {
    // What opening repaired (or that the library is read-only) is news the user must see; stderr keeps stdout for results.
    for (const notice of (await library.getLibraryInfo({})).notices) process.stderr.write(`research-notes: note: ${notice.replace(/\s*\n\s*/g, ' ')}\n`);
    return await work(library);
  } finally {
    await library.close();
  }
}
