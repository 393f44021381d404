import { ApiError, toApiErrorData } from '../../core/api/api-error.js';
import type { IfDuplicate, ImportOutcome } from '../../core/library/import-outcome.js';
import type { LibraryService } from '../../core/library/library-service.js';
import type { CliCommand } from '../cli-command.js';
import { expandImportArguments } from '../import/expand-import-arguments.js';
import { ProgressLine } from '../import/progress-line.js';
import { parseCommandLine } from '../parse-command-line.js';
import { withLibrary } from '../with-library.js';

const USAGE = `Usage: research-notes import FILE|URL|FOLDER... [--library DIR] [--json] [--if-duplicate ask|update|keep-both]

Imports articles into the library, through the same importer the app uses: web pages (.html,
with the images of a saved page's _files folder), PDF, Word (.docx), Markdown and text files;
http(s) addresses are fetched; a folder imports the supported files directly inside it (not its
subfolders). Prints one line per file: imported, updated, or failed with the reason. If any
failed, the exit code is 1; the ones that were imported are kept.

Options:
  --library DIR        the library folder (default: RESEARCH_NOTES_LIBRARY, else the per-user folder)
  --json               print a JSON array with one result per file (articles with their text)
  --if-duplicate WHAT  when the library already holds the same URL or the same file: ask (default:
                       report it as failed, naming the article), update (replace its text in place,
                       keeping and re-anchoring its highlights) or keep-both (import it again)
  --help               show this help`;

const IF_DUPLICATE: readonly IfDuplicate[] = ['ask', 'update', 'keep-both'];

/** One file's result, as --json prints it. */
type JsonResult = Record<string, unknown> & { source: string; status: 'imported' | 'updated' | 'failed' | 'cancelled' };

/** `research-notes import FILE|URL|FOLDER...`: imports each and reports each one's outcome. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import articles from files, folders or URLs',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandLine(
      'import',
      args,
      { library: { type: 'string' }, json: { type: 'boolean' }, 'if-duplicate': { type: 'string' } },
      true,
    );
    if (positionals.length === 0) throw new ApiError('INVALID_ARGUMENT', 'name at least one file, folder or URL to import (see research-notes import --help)');
    const ifDuplicate = (values['if-duplicate'] ?? 'ask') as IfDuplicate;
    if (!IF_DUPLICATE.includes(ifDuplicate)) throw new ApiError('INVALID_ARGUMENT', `--if-duplicate must be ask, update or keep-both, not "${ifDuplicate}"`);
    const targets = await expandImportArguments(positionals);
    const results: JsonResult[] = [];
    // Ctrl+C stops the import under way and the rest; the library is still closed properly.
    const cancel = new AbortController();
    const onInterrupt = (): void => cancel.abort();
    process.once('SIGINT', onInterrupt);
    try {
      await withLibrary(values.library, async (library) => {
        const progress = new ProgressLine();
        for (const [index, target] of targets.entries()) {
          if (cancel.signal.aborted) {
            results.push(report({ source: target.label, status: 'cancelled' }, values.json, `Not imported ${target.label}: cancelled`));
            continue;
          }
          if ('error' in target) {
            results.push(failed(target.label, target.error, values.json));
            continue;
          }
          progress.show(index + 1, targets.length, target.label);
          try {
            const outcome = await library.importSource(await target.input(), {
              ifDuplicate,
              signal: cancel.signal,
              onProgress: (done) => progress.show(index + 1, targets.length, target.label, done),
            });
            progress.clear();
            results.push(await succeeded(library, target.label, outcome, values.json));
          } catch (error) {
            progress.clear();
            results.push(failed(target.label, error, values.json));
          }
        }
      });
    } finally {
      process.removeListener('SIGINT', onInterrupt);
    }
    if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    const failures = results.filter((result) => result.status === 'failed' || result.status === 'cancelled').length;
    if (failures > 0) {
      const kept = results.length - failures;
      const keptNote = kept === 0 ? 'nothing was imported' : `the other ${kept} ${kept === 1 ? 'was' : 'were'} imported and kept in the library`;
      process.stderr.write(`research-notes: ${failures} of ${results.length} ${results.length === 1 ? 'import' : 'imports'} failed; ${keptNote}.\n`);
      process.exitCode = 1;
    }
  },
};

async function succeeded(library: LibraryService, source: string, outcome: ImportOutcome, json: boolean | undefined): Promise<JsonResult> {
  const { article: summary, action } = outcome;
  const status = action === 'updated' ? 'updated' : 'imported';
  const orphans = outcome.orphaned > 0 ? `, ${outcome.orphaned} orphaned (kept, not placed in the new text)` : '';
  const line =
    action === 'updated'
      ? `Updated "${summary.title}" (id ${summary.id}) from ${source}: ${outcome.anchored} ${outcome.anchored === 1 ? 'highlight' : 'highlights'} re-anchored${orphans}`
      : `Imported "${summary.title}" (id ${summary.id}) from ${source}`;
  if (!json) return report({ source, status }, json, line);
  const { article } = await library.getArticle({ id: summary.id });
  const { id, title, byline, siteName, url, publishedTime, lang, importedAt, contentHash, text } = article;
  const counts = action === 'updated' ? { anchored: outcome.anchored, orphaned: outcome.orphaned } : {};
  return { source, status, id, title, byline, siteName, url, publishedTime, lang, importedAt, contentHash, ...counts, text };
}

function failed(source: string, error: unknown, json: boolean | undefined): JsonResult {
  const data = toApiErrorData(error);
  const hint = data.code === 'IMPORT_DUPLICATE' ? ' (run again with --if-duplicate update or --if-duplicate keep-both)' : '';
  const message = `${data.message.replace(/\s*\n\s*/g, ' ')}${hint}`;
  return report({ source, status: 'failed', error: { code: data.code, message } }, json, `Failed ${source}: ${message}`);
}

/** Prints a result line (unless the results go out as JSON at the end) and returns the result. */
function report(result: JsonResult, json: boolean | undefined, line: string): JsonResult {
  if (!json) process.stdout.write(`${line}\n`);
  return result;
}
