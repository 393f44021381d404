import { ApiError } from '../../core/api/api-error.js';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import { callApi } from '../call-api.js';
import type { CliCommand } from '../cli-command.js';
import { describeFileError } from '../describe-file-error.js';
import { parseCommandLine } from '../parse-command-line.js';
import { withLibrary } from '../with-library.js';
import { writeFileAtomic } from '../write-file-atomic.js';

const USAGE = `Usage: research-notes export [--library DIR] [--article ID] [--out FILE]

Exports an article with its highlights as Markdown, to stdout or to a file.

Options:
  --library DIR  the library folder (default: RESEARCH_NOTES_LIBRARY, else the per-user folder)
  --article ID   the article to export (ids from \`research-notes list\`); may be left out when
                 the library holds exactly one article
  --out FILE     write the Markdown to FILE (atomically) instead of stdout
  --help         show this help`;

/** `research-notes export`: an article's Markdown to stdout or to a file. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export an article with its highlights as Markdown',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandLine('export', args, { library: { type: 'string' }, article: { type: 'string' }, out: { type: 'string' } }, false);
    const { markdown } = await withLibrary(values.library, async (library) => {
      const articleId = values.article ?? (await pickOnlyArticle(library));
      return callApi(library, 'exportArticleMarkdown', { articleId });
    });
    if (values.out === undefined) {
      process.stdout.write(markdown);
      return;
    }
    try {
      await writeFileAtomic(values.out, markdown);
    } catch (error) {
      throw new ApiError('STORAGE_FAILED', `cannot write ${values.out}: ${describeFileError(error)}`, { cause: error });
    }
    process.stdout.write(`Exported to ${values.out}\n`);
  },
};

async function pickOnlyArticle(library: ResearchNotesApi): Promise<string> {
  const articles = await callApi(library, 'listArticles', {});
  if (articles.length === 1) return articles[0]!.id;
  if (articles.length === 0) throw new ApiError('NOT_FOUND', 'the library has no articles to export; import one with `research-notes import FILE`');
  throw new ApiError('INVALID_ARGUMENT', `the library holds ${articles.length} articles; pick one with --article ID (ids from \`research-notes list\`)`);
}
