import type { ApiArguments, ApiMethod, ApiResults } from '../../core/api/contract.js';
import type { ApiResult } from '../../core/api/api-result.js';

/** What the Electron preload exposes as `window.researchNotes`: one function per API method. */
export type PreloadBridge = {
  [M in ApiMethod]: (args: ApiArguments<M>) => Promise<ApiResult<ApiResults[M]>>;
};

declare global {
  interface Window {
    /** Present only inside Electron; the web shell is reached over HTTP instead. */
    researchNotes?: PreloadBridge;
  }
}
