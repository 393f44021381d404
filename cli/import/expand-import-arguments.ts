import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/api-error.js';
import { importInputFromPath } from '../../core/import/import-file-from-path.js';
import { IMPORT_EXTENSIONS, IMPORT_FORMATS } from '../../core/model/import-format.js';
import type { ImportTarget } from './import-target.js';

/** Extensions a folder's files are imported by; other files in a folder (images, scripts) are skipped. */
const IMPORTABLE_EXTENSIONS = new Set(Object.values(IMPORT_EXTENSIONS).flat());

/** An argument that the command could not turn into anything to import, with the reason. */
export interface ArgumentFailure {
  label: string;
  error: ApiError;
}

/**
 * Turns the command line's arguments into import targets, in order: an http(s) address is fetched;
 * a file is read as `importFileFromPath` reads it (so a saved page's `_files` images are embedded);
 * a folder stands for the importable files directly inside it, by name. Folders are NOT searched
 * recursively: a saved page's `_files` folder holds images, scripts and frames saved as .html
 * that must not become articles of their own.
 */
export async function expandImportArguments(args: readonly string[]): Promise<Array<ImportTarget | ArgumentFailure>> {
  const targets: Array<ImportTarget | ArgumentFailure> = [];
  for (const argument of args) {
    if (/^https?:\/\//i.test(argument)) {
      targets.push({ label: argument, input: async () => ({ url: argument }) });
      continue;
    }
    const stat = await fs.stat(argument).catch(() => null);
    if (stat === null || !stat.isDirectory()) {
      // A missing file fails when it is read, with the importer's message naming it.
      targets.push(fileTarget(argument));
      continue;
    }
    const entries = await fs.readdir(argument, { withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && IMPORTABLE_EXTENSIONS.has(extensionOf(entry.name)))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b));
    if (files.length === 0) {
      const kinds = IMPORT_FORMATS.join(', ');
      targets.push({ label: argument, error: new ApiError('IMPORT_EMPTY', `Nothing to import in the folder ${argument}: it holds no files of a supported kind (${kinds}).`) });
    }
    for (const name of files) targets.push(fileTarget(path.join(argument, name)));
  }
  return targets;
}

function fileTarget(filePath: string): ImportTarget {
  return {
    label: filePath,
    input: async () => {
      // The reader of the page's own folder cannot cross to the worker; the worker rebuilds it from the folder.
      const { readResource: _reader, ...input } = await importInputFromPath(filePath);
      return { ...input, resourceFolder: path.dirname(path.resolve(filePath)) };
    },
  };
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
