import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { ApiResult } from '../core/api/api-result.js';
import { CHOOSE_FOLDER_CHANNEL } from './choose-folder-channel.js';
import { isTrustedSender } from './is-trusted-sender.js';

/** Shows the system's folder dialog over a window (Electron's dialog.showOpenDialog). */
export type ShowOpenDialog = (window: BrowserWindow, options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'IPC_SENDER_REFUSED', message: 'This page may not open dialogs.' } };

/**
 * Answers the renderer's "choose a folder" (for the Markdown folder export) with the system's
 * directory dialog: only for the top frame of our window showing our page, as every API call.
 * The answer is the chosen folder's path, or null when the person cancelled.
 */
export function registerFolderChooser(ipcMain: IpcMain, getWindow: () => BrowserWindow | null, rendererUrl: string, showOpenDialog: ShowOpenDialog): void {
  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, async (event: IpcMainInvokeEvent, title: unknown): Promise<ApiResult<string | null>> => {
    const window = getWindow();
    const contents = window && !window.isDestroyed() ? window.webContents : null;
    const frame = event.senderFrame;
    const facts = { isOurWindow: contents !== null && event.sender === contents, isMainFrame: contents !== null && frame !== null && frame === contents.mainFrame, frameUrl: frame?.url ?? null };
    if (!window || !isTrustedSender(facts, rendererUrl)) return FORBIDDEN;
    const chosen = await showOpenDialog(window, {
      title: typeof title === 'string' && title.length <= 200 ? title : 'Choose a folder',
      properties: ['openDirectory', 'createDirectory'],
    });
    return { ok: true, value: chosen.canceled ? null : (chosen.filePaths[0] ?? null) };
  });
}
