import { defaultLibraryPath } from '../core/store/default-library-path.js';
import { openLibrary, type LibraryService } from '../core/library/library-service.js';
import type { LibraryOwner } from '../core/store/library-lock.js';

/**
 * Opens the library named by `--library` (else the default folder), runs `work` on it, and always
 * closes it afterwards so everything is saved and its lock released, whatever `work` did.
 */
export async function withLibrary<T>(
  libraryOption: string | undefined,
  work: (library: LibraryService) => Promise<T>,
  owner: LibraryOwner = 'command line',
): Promise<T> {
  const library = await openLibrary(libraryOption ?? defaultLibraryPath(), { owner });
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}
