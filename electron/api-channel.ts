import type { ApiMethod } from '../core/api/api-methods.js';

/** The IPC channel of one API method, shared by the main process and the preload. */
export function apiChannel(method: ApiMethod): string {
  return `api:${method}`;
}
