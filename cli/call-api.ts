import { ApiError } from '../core/api/api-error.js';
import { dispatchApiCall } from '../core/api/dispatch-api-call.js';
import type { ApiArguments, ApiMethod, ApiResults, ResearchNotesApi } from '../core/api/contract.js';

/**
 * Calls the API the way the UI does (validated by the contract's schemas through dispatchApiCall),
 * so the command line and the UI share one path, and throws the error the call returned.
 */
export async function callApi<M extends ApiMethod>(api: ResearchNotesApi, method: M, args: ApiArguments<M>): Promise<ApiResults[M]> {
  const result = await dispatchApiCall(api, method, args);
  if (!result.ok) throw ApiError.fromData(result.error);
  // dispatchApiCall returned what the method itself returned, whose type the contract names.
  return result.value as ApiResults[M];
}
