import type { ApiResult } from '../core/api/api-result.js';
// api-methods.js, not contract.js: the preload bundles this file, and contract.js would bring zod.
import { API_METHODS, type ApiMethod } from '../core/api/api-methods.js';
import { apiChannel } from './api-channel.js';

/** What the preload exposes as `window.researchNotes`: one function per API method. */
export type BridgeApi = Record<ApiMethod, (args: unknown) => Promise<ApiResult<unknown>>>;

/**
 * Builds the bridge object from an `invoke(channel, args)`. Each function passes only its
 * argument on, so the page never gets hold of ipcRenderer or the IPC event.
 */
export function createBridgeApi(invoke: (channel: string, args: unknown) => Promise<unknown>): BridgeApi {
  const api = {} as BridgeApi;
  for (const method of API_METHODS) {
    const channel = apiChannel(method);
    // The main process always answers with an ApiResult (see register-api-handlers.ts).
    api[method] = (args) => invoke(channel, args) as Promise<ApiResult<unknown>>;
  }
  return Object.freeze(api);
}
