import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../core/api/api-result.js';
import { dispatchApiCall } from '../core/api/dispatch-api-call.js';
import { API_METHODS, type ResearchNotesApi } from '../core/api/contract.js';
import { apiChannel } from './api-channel.js';
import { isTrustedSender } from './is-trusted-sender.js';

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'IPC_SENDER_REFUSED', message: 'This page may not call the Research Notes API.' },
};

/**
 * Registers `api:<method>` for every method of the contract through one wrapper that checks the
 * sender (the top frame of our window, showing our renderer page) and hands the call to
 * dispatchApiCall, which validates it and returns errors as data.
 */
export function registerApiHandlers(ipcMain: IpcMain, api: ResearchNotesApi, getWindow: () => BrowserWindow | null, rendererUrl: string): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), (event, args: unknown) => {
      if (!isTrustedSender(senderFacts(event, getWindow()), rendererUrl)) return FORBIDDEN;
      return dispatchApiCall(api, method, args);
    });
  }
}

function senderFacts(event: IpcMainInvokeEvent, window: BrowserWindow | null) {
  const contents = window && !window.isDestroyed() ? window.webContents : null;
  const frame = event.senderFrame;
  return {
    isOurWindow: contents !== null && event.sender === contents,
    isMainFrame: contents !== null && frame !== null && frame === contents.mainFrame,
    frameUrl: frame?.url ?? null,
  };
}
