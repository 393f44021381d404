import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Article } from '../model/article.js';
import type { HighlightTarget } from '../model/highlight.js';
import { openLibrary, type LibraryService, type OpenLibraryOptions } from './library-service.js';

/** A fresh temporary library folder for each test, and the libraries a test opened, closed after it. */
export interface TemporaryLibraries {
  /** This test's library folder (created before it, removed after it). */
  readonly folder: string;
  /** Opens a library (this test's folder unless told another), to be closed after the test. */
  open(folder?: string, options?: OpenLibraryOptions): Promise<LibraryService>;
  /** Closes a library and opens its folder again, as a restart would. */
  reopen(library: LibraryService): Promise<LibraryService>;
}

/** Registers the hooks of TemporaryLibraries in the calling test file; call it at the top level. */
export function withTemporaryLibraries(prefix: string): TemporaryLibraries {
  let folder = '';
  const opened: LibraryService[] = [];
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((library) => library.close()));
    await fs.rm(folder, { recursive: true, force: true });
  });
  const open = async (libraryFolder = folder, options: OpenLibraryOptions = {}): Promise<LibraryService> => {
    const library = await openLibrary(libraryFolder, options);
    opened.push(library);
    return library;
  };
  return {
    get folder() {
      return folder;
    },
    open,
    async reopen(library) {
      await library.close();
      opened.splice(opened.indexOf(library), 1);
      return open(library.path);
    },
  };
}

/** A target selecting the first occurrence of `exact` in the article's text, with up to 32 characters of context. */
export function targetOf(article: Article, exact: string): HighlightTarget {
  const start = article.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the article`);
  const end = start + exact.length;
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: article.text.slice(Math.max(0, start - 32), start), suffix: article.text.slice(end, end + 32) },
    position: { type: 'TextPositionSelector', start, end },
  };
}
