import { NewerFormatError } from './newer-format-error.js';

/** One migration step: the content of a file at version N, returning its content at version N + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** How a file kind is versioned: its current `schemaVersion` and a step from each older version. */
export interface FileVersioning {
  current: number;
  /** `steps[n]` turns version n into version n + 1. */
  steps: Readonly<Record<number, Migration>>;
}

/**
 * Brings parsed JSON up to the current version, one step at a time, before it is validated.
 * Content without a usable `schemaVersion` is returned as it is: validation then names it damaged.
 * A newer version throws NewerFormatError, so an older app never rewrites a newer library.
 */
export function migrateFile(json: unknown, versioning: FileVersioning, filePath: string): { data: unknown; migrated: boolean } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { data: json, migrated: false };
  let data = json as Record<string, unknown>;
  let version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { data, migrated: false };
  if (version > versioning.current) throw new NewerFormatError(filePath, version, versioning.current);
  let migrated = false;
  while (version < versioning.current) {
    const step = versioning.steps[version];
    if (!step) return { data, migrated };
    data = step(data);
    version = data.schemaVersion;
    if (typeof version !== 'number') return { data, migrated };
    migrated = true;
  }
  return { data, migrated };
}
