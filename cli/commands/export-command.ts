import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../core/api/api-error.js';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/model/export-format.js';
import type { ExportProgress } from '../../core/model/export-progress.js';
import { exportMarkdownFolder } from '../../core/export-files/export-markdown-folder.js';
import { writeLibraryBackup } from '../../core/export-files/write-library-backup.js';
import { callApi } from '../call-api.js';
import type { CliCommand } from '../cli-command.js';
import { describeFileError } from '../describe-file-error.js';
import { parseCommandLine } from '../parse-command-line.js';
import { withLibrary } from '../with-library.js';
import { writeFileAtomic } from '../../core/store/write-file-atomic.js';

const USAGE = `Usage: research-notes export [--format md|json|jsonld|csv] [--library DIR] [--article ID]
                             [--tag T] [--claimant C] [--filter NAME] [--with-originals]
                             [--out PATH]

Exports highlights and articles.

Formats:
  md      Markdown for Obsidian (the default). With --out DIR (an existing folder, or a path
          ending in "/"): the whole library as one note per article plus index.md; re-exporting
          updates the notes and keeps what you wrote below their marker line. With --article:
          that article's note. With --tag, --claimant or --filter alone: one note gathering
          those highlights with their citations. Otherwise the library's only article.
  json    a backup of the whole library (or of --article), for \`research-notes restore\`;
          with --with-originals it also holds each article's kept source file
  jsonld  W3C Web Annotations (JSON-LD) of the highlights
  csv     one row per highlight, for spreadsheets

Options:
  --library DIR   the library folder (default: RESEARCH_NOTES_LIBRARY, else the per-user folder)
  --article ID    only this article (ids from \`research-notes list\`)
  --tag T         only highlights with tag T (or a tag below it, T/...)
  --claimant C    only highlights by claimant C
  --filter NAME   only the highlights of the saved claims filter NAME (md, jsonld, csv)
  --with-originals  with --format json: embed each article's original file (base64)
  --out PATH      write to PATH (atomically) instead of stdout; a folder for the Markdown library
  --help          show this help`;

/** `research-notes export`: any export format, of an article or the library, to stdout, a file or a folder. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export highlights as Markdown, a JSON backup, Web Annotations or CSV',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandLine(
      'export',
      args,
      {
        library: { type: 'string' },
        format: { type: 'string' },
        article: { type: 'string' },
        tag: { type: 'string' },
        claimant: { type: 'string' },
        filter: { type: 'string' },
        'with-originals': { type: 'boolean' },
        out: { type: 'string' },
      },
      false,
    );
    const format = (values.format ?? 'md') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      throw new ApiError('INVALID_ARGUMENT', `unknown format "${values.format}"; use one of ${EXPORT_FORMATS.join(', ')} (see research-notes export --help)`);
    }
    const filter = { tag: values.tag, claimant: values.claimant };
    const savedFilter = values.filter;
    const hasFilter = Boolean(values.tag || values.claimant || savedFilter !== undefined);
    const withOriginals = values['with-originals'] === true;
    if (withOriginals && format !== 'json') {
      throw new ApiError('INVALID_ARGUMENT', '--with-originals belongs to a JSON backup: add --format json');
    }
    if (savedFilter !== undefined && format === 'json') {
      throw new ApiError('INVALID_ARGUMENT', 'a JSON backup holds whole articles; it cannot be limited to a saved filter');
    }
    const out = values.out;
    await withLibrary(values.library, async (library) => {
      const controller = new AbortController();
      const cancel = (): void => controller.abort();
      // Ctrl-C stops a long export between two articles; what is written so far stays whole.
      process.once('SIGINT', cancel);
      try {
        if (format === 'md' && values.article === undefined && savedFilter === undefined && out !== undefined && (await isFolderPath(out))) {
          const result = await exportMarkdownFolder(library, out, { ...filter, signal: controller.signal, onProgress: reportProgress });
          finishProgress();
          process.stdout.write(`Exported ${result.articles} articles to ${result.folder} (${result.written} files written, ${result.unchanged} unchanged)\n`);
          return;
        }
        if (format === 'json' && out !== undefined && !hasFilter) {
          const originalsFrom = withOriginals ? (await callApi(library, 'getLibraryInfo', {})).path : undefined;
          const result = await writeLibraryBackup(library, out, { articleId: values.article, originalsFrom, signal: controller.signal, onProgress: reportProgress });
          finishProgress();
          const originals = withOriginals ? ` with ${result.originals} originals` : '';
          process.stdout.write(`Backed up ${result.articles} articles${originals} to ${out}\n`);
          return;
        }
        if (withOriginals) {
          // Originals can make a backup of gigabytes: only the file writer streams them.
          throw new ApiError('INVALID_ARGUMENT', 'a backup with originals is written to a file: add --out FILE');
        }
        const articleId = format === 'md' && values.article === undefined && !hasFilter ? await pickOnlyArticle(library) : values.article;
        const file = await callApi(library, 'exportLibrary', { format, articleId, tag: values.tag, claimant: values.claimant, savedFilter });
        if (out === undefined) {
          process.stdout.write(file.content);
          return;
        }
        try {
          await writeFileAtomic(out, file.content, { syncFolder: true });
        } catch (error) {
          throw new ApiError('STORAGE_FAILED', `cannot write ${out}: ${describeFileError(error)}`, { cause: error });
        }
        process.stdout.write(`Exported to ${out}\n`);
      } finally {
        process.off('SIGINT', cancel);
      }
    });
  },
};

/** Whether --out names a folder: one that exists, or a path ending in a separator. */
async function isFolderPath(out: string): Promise<boolean> {
  if (/[\\/]$/.test(out)) return true;
  try {
    return (await stat(path.resolve(out))).isDirectory();
  } catch {
    return false;
  }
}

/** Progress on stderr, only for a person watching: scripts and tests read clean streams. */
function reportProgress({ done, total }: ExportProgress): void {
  if (!process.stderr.isTTY || total === 0) return;
  process.stderr.write(`\rExporting ${done}/${total} articles`);
}

function finishProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
}

async function pickOnlyArticle(library: ResearchNotesApi): Promise<string> {
  const articles = await callApi(library, 'listArticles', {});
  if (articles.length === 1) return articles[0]!.id;
  if (articles.length === 0) throw new ApiError('NOT_FOUND', 'the library has no articles to export; import one with `research-notes import FILE`');
  throw new ApiError(
    'INVALID_ARGUMENT',
    `the library holds ${articles.length} articles; pick one with --article ID (ids from \`research-notes list\`), or export them all with --out FOLDER/`,
  );
}
