import type { ApiErrorData } from './api-error.js';

/**
 * What every transport carries back: Electron's IPC keeps only an error's message and
 * contextBridge drops prototypes, so errors travel as data and are rebuilt on the other side.
 */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };
