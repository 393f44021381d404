import { defaultLibraryPath } from '../core/store/default-library-path.js';
import { openLibrary, type LibraryService } from '../core/library/library-service.js';

/**
 * Opens the library named by `--library` (else the default folder), runs `work` on it, and always
 * closes it afterwards so everything is saved and its lock released, whatever `work` did.
 */
export async function withLibrary<T>(libraryOption: string | undefined, work: (library: LibraryService) => Promise<T>): Promise<T> {
  const library = await openLibrary(libraryOption ?? defaultLibraryPath());
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}
