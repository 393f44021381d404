import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ApiError } from '../core/api/api-error.js';

/**
 * Parses one command's arguments strictly (unknown flags and missing values are errors) and
 * turns node:util's errors into user errors that point at `--help`.
 */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig['options']>, const P extends boolean>(
  command: string,
  args: string[],
  options: O,
  allowPositionals: P,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    // node:util's messages can run on with advice about `--`; the first sentence is what matters.
    const message = error instanceof Error ? (error.message.split(/\.\s|\n/)[0] ?? error.message) : String(error);
    throw new ApiError('INVALID_ARGUMENT', `${message.replace(/\.$/, '')} (see research-notes ${command} --help)`, { cause: error });
  }
}
