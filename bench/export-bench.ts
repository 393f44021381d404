// Measures exportMarkdown100kMs: the whole synthetic library (10,000 articles, 100,000 highlights)
// exported to a fresh Markdown folder through the library service, as `research-notes export
// --out DIR/` does; then the re-export of the unchanged library into the same folder.
// Run: npx esbuild bench/export-bench.ts --bundle --platform=node --format=esm --packages=external \
//        --outfile=.bench-cache/export-bench.mjs && node .bench-cache/export-bench.mjs
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportMarkdownFolder } from '../core/export-files/export-markdown-folder.js';
import { openLibrary } from '../core/library/library-service.js';
import { ensureSearchIndex } from './ensure-search-index.js';
import { generateLibrary } from './generate-library.js';

const ARTICLES = 10_000;
// Our own copy of the synthetic library: the storage benchmark opens (and so locks) its own.
const libraryFolder = path.resolve('.bench-cache', 'export-library-10k');

/** Runs the benchmark and returns its figures in milliseconds. */
export async function measureExportMarkdown(): Promise<{ exportMarkdown100kMs: number; reexportMarkdown100kMs: number; files: number }> {
  if (!existsSync(path.join(libraryFolder, 'library.json'))) await generateLibrary(libraryFolder, ARTICLES);
  // Untimed: a search index rebuild due at open would otherwise start behind the export and slow it.
  await ensureSearchIndex(libraryFolder);
  const out = await mkdtemp(path.join(tmpdir(), 'rn-export-bench-'));
  const library = await openLibrary(libraryFolder);
  try {
    const articles = (await library.listArticles({})).length;
    if (articles !== ARTICLES) throw new Error(`the bench library holds ${articles} articles, not ${ARTICLES}; delete ${libraryFolder} and run again`);
    const started = performance.now();
    const first = await exportMarkdownFolder(library, out);
    const exportMs = performance.now() - started;
    const again = performance.now();
    const second = await exportMarkdownFolder(library, out);
    const reexportMs = performance.now() - again;
    if (first.articles !== ARTICLES || second.unchanged !== ARTICLES) throw new Error('the export did not write every article');
    return { exportMarkdown100kMs: Math.round(exportMs), reexportMarkdown100kMs: Math.round(reexportMs), files: (await readdir(out)).length };
  } finally {
    await library.close();
    await rm(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureExportMarkdown();
  console.log(JSON.stringify(result));
  console.log(`exportMarkdown100kMs ${result.exportMarkdown100kMs} ms (target <= 5000); re-export unchanged ${result.reexportMarkdown100kMs} ms; ${result.files} files`);
}
