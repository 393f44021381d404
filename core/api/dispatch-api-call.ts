import type { z } from 'zod';
import { toApiErrorData } from './api-error.js';
import type { ApiResult } from './api-result.js';
import { API_ARGUMENT_SCHEMAS, isApiMethod, type ResearchNotesApi } from './contract.js';

/**
 * Calls one method of the API by name with untrusted arguments, as every transport must:
 * checks the name, validates the arguments with the contract's schema, and returns the outcome
 * as data, so a transport handler is one line and never throws.
 */
export async function dispatchApiCall(api: ResearchNotesApi, method: string, args: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no API method named "${method}".` } };
  }
  // A transport may send no body for a call without arguments (getLibraryInfo, listArticles).
  const parsed = API_ARGUMENT_SCHEMAS[method].safeParse(args === undefined ? {} : args);
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message: describeInvalidArguments(method, parsed.error.issues) } };
  }
  try {
    // The schema is the method's own, so the parsed value is the argument type the method expects.
    const call = api[method] as (args: unknown) => Promise<unknown>;
    const value = await call.call(api, parsed.data);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toApiErrorData(error) };
  }
}

/** A message a person can act on: which field of which call is wrong, and how. */
function describeInvalidArguments(method: string, issues: z.ZodError['issues']): string {
  const details = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  return `Invalid arguments for ${method}: ${details.join('; ')}.`;
}

/** `target.position.start`, `tags[2]`; the argument object itself when the path is empty. */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'arguments';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}
