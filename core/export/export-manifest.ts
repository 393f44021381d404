import { APP_TOOL } from '../model/app-version.js';

/** The name of the manifest a folder export writes beside its notes. */
export const EXPORT_MANIFEST_FILE = 'export-manifest.json';

/** One file of an export, as the manifest lists it. */
export interface ManifestFile {
  /** The path inside the export folder, with forward slashes. */
  path: string;
  sha256: string;
  /** The article the file is the note of; absent for the index. */
  articleId?: string;
  /** The SHA-256 of that article's original as received, when one was kept (the evidence it rests on). */
  originalSha256?: string;
}

/**
 * export-manifest.json: every file the export holds with its SHA-256, sorted by path, so a copy
 * handed on can be checked file by file (`sha256sum`) against what Research Notes wrote.
 */
export function formatExportManifest(files: readonly ManifestFile[], exportedAt: string): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify({ tool: APP_TOOL, exportedAt, files: sorted }, null, 2)}\n`;
}
