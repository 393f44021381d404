import { ApiError, messageOf } from '../core/api/api-error.js';

/**
 * The one line the command line prints for a failure: the message of an error the user can act
 * on, or a short "unexpected error" line; never a stack trace.
 */
export function describeCliError(error: unknown): string {
  const message =
    error instanceof ApiError
      ? error.message
      : `unexpected error: ${messageOf(error)}`;
  return `research-notes: ${message.replace(/\s*\n\s*/g, ' ')}`;
}
