import { callApi } from '../call-api.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';
import { withLibrary } from '../with-library.js';

const USAGE = `Usage: research-notes list [--library DIR] [--json]

Lists the articles of the library: id, date of import, title and number of highlights.

Options:
  --library DIR  the library folder (default: RESEARCH_NOTES_LIBRARY, else the per-user folder)
  --json         print a JSON array of the article summaries instead of lines
  --help         show this help`;

/** `research-notes list`: one line (or one JSON summary) per article. */
export const listCommand: CliCommand = {
  name: 'list',
  summary: 'list the articles of the library',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandLine('list', args, { library: { type: 'string' }, json: { type: 'boolean' } }, false);
    await withLibrary(values.library, async (library) => {
      const articles = await callApi(library, 'listArticles', {});
      if (values.json) {
        process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
        return;
      }
      // The note goes to stderr so that stdout stays one line per article, ready for scripts.
      if (articles.length === 0) process.stderr.write(`The library at ${library.path} has no articles yet.\n`);
      for (const article of articles) {
        const highlights = `${article.highlightCount} highlight${article.highlightCount === 1 ? '' : 's'}`;
        process.stdout.write(`${article.id}  ${article.importedAt.slice(0, 10)}  ${article.title}  (${highlights})\n`);
      }
    });
  },
};
