import { API_METHODS, type ApiMethod, type ResearchNotesApi } from '../../core/api/contract.js';
import { ApiError, messageOf } from '../../core/api/api-error.js';
import type { ApiResult } from '../../core/api/api-result.js';
import type { PreloadBridge } from './preload-bridge.js';
import { readSessionToken } from './read-session-token.js';

type Transport = (method: ApiMethod, args: unknown) => Promise<ApiResult<unknown>>;

/** Why the web shell's page can no longer reach its library: its session ended, or nothing answers at its address. */
export type LostSession = 'ended' | 'unreachable';

/**
 * The API as the UI uses it: Electron's preload bridge when present, otherwise the web shell over
 * HTTP. `onSessionLost` hears when the web shell answers that the page's session has ended (it was
 * restarted) or stops answering at all, so the window can say what to do instead of failing call by call.
 */
export function createApiClient(onSessionLost: (lost: LostSession) => void = () => {}): ResearchNotesApi {
  const bridge = window.researchNotes;
  const transport = bridge ? bridgeTransport(bridge) : httpTransport(readSessionToken(), onSessionLost);
  const api: Partial<Record<ApiMethod, (args: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) {
    api[method] = async (args) => {
      const result = await transport(method, args);
      if (!result.ok) {
        if (result.error.code === 'SESSION_ENDED') onSessionLost('ended');
        throw ApiError.fromData(result.error);
      }
      return result.value;
    };
  }
  return api as ResearchNotesApi;
}

function bridgeTransport(bridge: PreloadBridge): Transport {
  return async (method, args) => {
    const call = bridge[method] as unknown as ((args: unknown) => Promise<ApiResult<unknown>>) | undefined;
    if (typeof call !== 'function') {
      throw new ApiError('INTERNAL', `The app's window cannot call "${method}". Restart Research Notes.`);
    }
    try {
      return await call(args);
    } catch (error) {
      throw new ApiError('INTERNAL', `Research Notes could not reach its library (${describe(error)}). Restart the app.`, { cause: error });
    }
  };
}

function httpTransport(token: string | null, onSessionLost: (lost: LostSession) => void): Transport {
  return async (method, args) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Research-Notes-Token': token } : {}) },
        body: JSON.stringify(args),
        // Lets a save issued while the page is closing still reach the server.
        keepalive: isSmallSave(method, args),
      });
    } catch (error) {
      // A closing page aborts its requests too; only a page that stays has lost its server.
      if (document.visibilityState === 'visible') onSessionLost('unreachable');
      throw new ApiError('INTERNAL', 'Could not reach the Research Notes server. Check that it is still running, then try again.', { cause: error });
    }
    const body: unknown = await response.json().catch(() => null);
    if (isApiResult(body)) return body;
    if (response.status === 403) {
      throw new ApiError('INTERNAL', 'The Research Notes server refused this page (missing or wrong session token). Open the address the command line printed.');
    }
    throw new ApiError('INTERNAL', `The Research Notes server answered "${method}" with HTTP ${response.status} and no result.`);
  };
}

// Browsers cap keepalive bodies at 64 KiB, so only highlight edits use it.
function isSmallSave(method: ApiMethod, args: unknown): boolean {
  return method === 'updateHighlight' && JSON.stringify(args).length < 60_000;
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function describe(error: unknown): string {
  return messageOf(error);
}

