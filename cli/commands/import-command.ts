import { ApiError } from '../../core/api/api-error.js';
import { callApi } from '../call-api.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';
import { readImportFile, type ImportFile } from '../read-import-file.js';
import { withLibrary } from '../with-library.js';

const USAGE = `Usage: research-notes import FILE... [--library DIR] [--json]

Imports articles from files (plain text, HTML, PDF, Word) into the library, through the same
importer the app uses.

Options:
  --library DIR  the library folder (default: RESEARCH_NOTES_LIBRARY, else the per-user folder)
  --json         print a JSON array of the imported articles (with their text) instead of lines
  --help         show this help`;

/** `research-notes import FILE...`: imports files and reports each article's title and id. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import articles from files',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandLine('import', args, { library: { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length === 0) throw new ApiError('INVALID_ARGUMENT', 'name at least one file to import (see research-notes import --help)');
    // Every file is read before anything is imported, so a typo in the last name imports nothing.
    const files: ImportFile[] = [];
    for (const file of positionals) files.push(await readImportFile(file));
    await withLibrary(values.library, async (library) => {
      const imported = [];
      for (const file of files) {
        const summary = await callApi(library, 'importArticle', file);
        if (values.json) {
          const { article } = await callApi(library, 'getArticle', { id: summary.id });
          const { id, title, byline, siteName, url, publishedTime, lang, importedAt, contentHash, text } = article;
          imported.push({ id, title, byline, siteName, url, publishedTime, lang, importedAt, contentHash, text });
        } else {
          process.stdout.write(`Imported "${summary.title}" (id ${summary.id})\n`);
        }
      }
      if (values.json) process.stdout.write(`${JSON.stringify(imported, null, 2)}\n`);
    });
  },
};
