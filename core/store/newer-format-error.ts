import { ApiError } from '../api/api-error.js';

/**
 * A file written by a newer Research Notes than this one. Not damage: repair must leave it alone
 * (moving it aside would lose the user's newer data), so it is a distinct class the repair checks.
 */
export class NewerFormatError extends ApiError {
  constructor(filePath: string, version: number, supported: number) {
    super(
      'LIBRARY_DAMAGED',
      `The library file ${filePath} was written by a newer version of Research Notes (format ${version}; this version reads up to ${supported}). Update Research Notes to open this library.`,
    );
    this.name = 'NewerFormatError';
  }
}
