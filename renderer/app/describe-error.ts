import { ApiError, type ErrorCode } from '../../core/api/api-error.js';

/** A message a person can read, for anything thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

/** An error as the banner shows it: its message, and the code to quote when asking for help. */
export interface ShownError {
  message: string;
  code: ErrorCode;
}

/** What the banner shows for anything thrown: an application error's own code; anything else is a bug in the app. */
export function shownError(error: unknown): ShownError {
  if (error instanceof ApiError) return { message: describeError(error), code: error.code };
  return { message: `Research Notes hit a bug (please report it): ${describeError(error)}`, code: 'BUG' };
}
