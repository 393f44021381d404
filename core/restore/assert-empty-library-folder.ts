import { readdir, stat } from 'node:fs/promises';
import { ApiError } from '../api/api-error.js';
import { openLibrary } from '../library/library-service.js';

/** Entries that only a library folder holds (core/store/library-layout.ts). */
const LIBRARY_MARKS = new Set(['library.json', 'articles']);

/**
 * Refuses a restore target that holds anything: a folder that is not empty must be a library
 * without articles that no program has open (opening it takes its lock, so an open app refuses).
 * Says whether the folder is missing or an empty one that the restore may replace.
 */
export async function assertEmptyLibraryFolder(folder: string): Promise<'missing' | 'empty'> {
  let names: string[];
  try {
    if (!(await stat(folder)).isDirectory()) throw new ApiError('INVALID_ARGUMENT', `${folder} is a file, not a library folder; restore into an empty folder.`);
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (names.length === 0) return 'empty';
  // Restoring replaces the folder: only a library (whose every file the restore rebuilds) may be replaced.
  if (!names.some((name) => LIBRARY_MARKS.has(name))) {
    throw new ApiError('INVALID_ARGUMENT', `${folder} is not empty (it holds ${names.slice(0, 3).join(', ')}) and is not a library; restore into an empty folder or a new one.`);
  }
  const library = await openLibrary(folder);
  let count: number;
  try {
    count = (await library.getLibraryInfo({})).articleCount;
  } finally {
    await library.close();
  }
  if (count > 0) {
    throw new ApiError('INVALID_ARGUMENT', `the library ${folder} is not empty (${count} article${count === 1 ? '' : 's'}); restore into an empty library folder, e.g. --library NEW_FOLDER.`);
  }
  return 'empty';
}
