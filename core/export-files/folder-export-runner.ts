import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../api/api-error.js';
import type { ExportProgress } from '../model/export-progress.js';
import { exportMarkdownFolder, type MarkdownFolderResult, type MarkdownFolderSource } from './export-markdown-folder.js';

/** What the app asks of a folder export: where, and how each highlight is written. */
export interface FolderExportRequest {
  /** An absolute path (or one starting with "~/"), created when missing. */
  folder: string;
  template?: string | undefined;
}

/**
 * The whole-library Markdown folder export as the app runs it through the API: one at a time per
 * library, its progress readable by another call while it runs (the UI polls it), and a cancel
 * that stops it between two articles. The command line calls exportMarkdownFolder directly.
 */
export class FolderExportRunner {
  private running: { controller: AbortController; progress: ExportProgress | null } | null = null;

  constructor(private readonly library: MarkdownFolderSource) {}

  /** Exports into the folder; resolves with what was written, or throws (CANCELLED when cancelled). */
  async run(request: FolderExportRequest): Promise<MarkdownFolderResult> {
    if (this.running) throw new ApiError('INVALID_ARGUMENT', 'A Markdown folder export is already running; wait for it to finish or cancel it.');
    const folder = resolveFolder(request.folder);
    const job = { controller: new AbortController(), progress: null as ExportProgress | null };
    this.running = job;
    try {
      return await exportMarkdownFolder(this.library, folder, {
        template: request.template,
        signal: job.controller.signal,
        onProgress: (progress) => {
          job.progress = { ...progress };
        },
      });
    } finally {
      this.running = null;
    }
  }

  /** How far the export under way has got; null when none runs (or before it has counted the articles). */
  progress(): ExportProgress | null {
    return this.running?.progress ?? null;
  }

  /** Stops the export under way before its next article; nothing when none runs. */
  cancel(): void {
    this.running?.controller.abort();
  }
}

/** The folder as an absolute path: "~/" is the home folder; a relative path is refused (relative to what?). */
function resolveFolder(folder: string): string {
  const trimmed = folder.trim();
  const expanded = trimmed === '~' || trimmed.startsWith('~/') ? path.join(os.homedir(), trimmed.slice(1)) : trimmed;
  if (!path.isAbsolute(expanded)) {
    throw new ApiError('INVALID_ARGUMENT', `Give the export folder as a full path (such as ${path.join(os.homedir(), 'Notes', 'Research')}), not "${trimmed}".`);
  }
  return path.resolve(expanded);
}
