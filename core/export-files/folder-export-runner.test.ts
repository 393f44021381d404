import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryService } from '../library/library-service.js';
import { exportFilesTestLibrary } from './export-files-test-library.js';

// The app's folder export through the library service's API calls, on a real library and folder.

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'rn-folder-runner-'));
  library = await exportFilesTestLibrary(path.join(folder, 'library'));
});

afterEach(async () => {
  await library.close();
  await rm(folder, { recursive: true, force: true });
});

describe('exportMarkdownFolder through the API', () => {
  it('writes the folder and says what it wrote; again, that nothing changed', async () => {
    const out = path.join(folder, 'vault', 'Research');
    expect(await library.exportMarkdownFolder({ folder: out })).toEqual({ folder: out, articles: 3, written: 4, unchanged: 0, renamed: 0 });
    expect((await readdir(out)).sort()).toContain('index.md');
    expect(await library.exportMarkdownFolder({ folder: `${out}/` })).toEqual({ folder: out, articles: 3, written: 0, unchanged: 3, renamed: 0 });
    expect(await library.folderExportProgress({})).toBeNull();
  });

  it('refuses a relative folder, and a second export while one runs; a cancel stops it', async () => {
    await expect(library.exportMarkdownFolder({ folder: 'vault' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('full path') });
    const running = library.exportMarkdownFolder({ folder: path.join(folder, 'a') });
    // The runner is loaded on first use; wait until this export holds it.
    await expect.poll(async () => (await library.exportMarkdownFolder({ folder: path.join(folder, 'b') }).catch((error: { message: string }) => error.message)) as string).toContain('already running');
    await library.cancelFolderExport({});
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await library.folderExportProgress({})).toBeNull();
  });
});
