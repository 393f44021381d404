import { ApiError } from '../core/api/api-error.js';
import { CLI_COMMANDS } from './cli-commands.js';

// The summaries line up after the longest command name.
const NAME_WIDTH = Math.max(...CLI_COMMANDS.map((command) => command.name.length)) + 2;

const OVERVIEW = `Usage: research-notes COMMAND [options]

Research Notes: import articles, mark claims, export Markdown.

Commands:
${CLI_COMMANDS.map((command) => `  ${command.name.padEnd(NAME_WIDTH)}${command.summary}`).join('\n')}

Run \`research-notes COMMAND --help\` for a command's options.`;

/** Runs the command line on its arguments (without node and the script); throws for user errors. */
export async function runCli(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = CLI_COMMANDS.find((command) => command.name === rest[0]);
    process.stdout.write(`${topic?.usage ?? OVERVIEW}\n`);
    return;
  }
  if (name === undefined) throw new ApiError('INVALID_ARGUMENT', `name a command: ${commandNames()} (see research-notes --help)`);
  const command = CLI_COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new ApiError('INVALID_ARGUMENT', `unknown command "${name}"; the commands are ${commandNames()} (see research-notes --help)`);
  // Help wins over everything else on the line; after `--` it would be a file name.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return;
  }
  await command.run(rest);
}

function commandNames(): string {
  return CLI_COMMANDS.map((command) => command.name).join(', ');
}
