/**
 * A source beyond one of the importer's limits, thrown deep in a reader that does not know the
 * source's name: `reason` completes "Cannot import <subject>: ..." (importDocument turns it into
 * IMPORT_TOO_LARGE naming the file).
 */
export class ImportLimitError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ImportLimitError';
  }
}
