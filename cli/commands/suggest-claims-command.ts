import { ApiError, messageOf } from '../../core/api/api-error.js';
import { importFileFromPath } from '../../core/import/import-file-from-path.js';
import type { CliCommand } from '../cli-command.js';
import { parseCommandLine } from '../parse-command-line.js';

const USAGE = `Usage: research-notes suggest-claims FILE... [--json]

Reads each file as import reads it (web pages, PDF, Word, Markdown, text) and prints the claims the
claim finder suggests in it: who said what, with the cue, the kind (direct, indirect, mixed) and a
confidence. Imports nothing and needs no library. If a file cannot be read, the exit code is 1.

Options:
  --json  print [{ file, suggestions: [{ exact, start, end, claimant, cue, kind, confidence }] }],
          start and end being offsets into the article's canonical text
  --help  show this help`;

/** One file's suggestions, as --json prints them. */
interface FileSuggestions {
  file: string;
  suggestions: { exact: string; start: number; end: number; claimant: string; cue: string; kind: string; confidence: number }[];
  error?: string;
}

/** `research-notes suggest-claims FILE...`: the claim finder's suggestions for files, without importing them. */
export const suggestClaimsCommand: CliCommand = {
  name: 'suggest-claims',
  summary: 'print the claims suggested in files, without importing them',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandLine('suggest-claims', args, { json: { type: 'boolean' } }, true);
    if (positionals.length === 0) throw new ApiError('INVALID_ARGUMENT', 'name at least one file (see research-notes suggest-claims --help)');
    const { loadClaimFinder } = await import('../../core/claims/load-claim-finder.js');
    const findClaims = await loadClaimFinder();
    const results: FileSuggestions[] = [];
    for (const file of positionals) {
      try {
        const imported = await importFileFromPath(file);
        const suggestions = findClaims(imported.text, { lang: imported.lang }).map((suggestion) => ({
          exact: suggestion.target.quote.exact,
          start: suggestion.target.position.start,
          end: suggestion.target.position.end,
          claimant: suggestion.claimant,
          cue: suggestion.cue,
          kind: suggestion.kind,
          confidence: suggestion.confidence,
        }));
        results.push({ file, suggestions });
        if (!values.json) {
          process.stdout.write(`${file}: ${suggestions.length} suggested claim${suggestions.length === 1 ? '' : 's'}\n`);
          for (const suggestion of suggestions) {
            process.stdout.write(`  ${suggestion.claimant} (${suggestion.cue}, ${suggestion.kind}, ${suggestion.confidence.toFixed(2)}): ${suggestion.exact.replace(/\s+/g, ' ')}\n`);
          }
        }
      } catch (error) {
        const message = messageOf(error);
        results.push({ file, suggestions: [], error: message });
        process.stderr.write(`research-notes: ${message}\n`);
        process.exitCode = 1;
      }
    }
    if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  },
};
