import type { BrowserWindow, IpcMain, OpenDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { CHOOSE_FOLDER_CHANNEL } from './choose-folder-channel.js';
import { registerFolderChooser } from './register-folder-chooser.js';

// The folder chooser's IPC handler with stand-ins for ipcMain, our window and the dialog.

const RENDERER = 'file:///opt/rn/dist/renderer/index.html';

function setUp(answer: { canceled: boolean; filePaths: string[] }) {
  let handler: ((event: unknown, title: unknown) => Promise<unknown>) | undefined;
  const ipcMain = { handle: (channel: string, registered: typeof handler) => channel === CHOOSE_FOLDER_CHANNEL && (handler = registered) } as unknown as IpcMain;
  const mainFrame = { url: RENDERER };
  const contents = { mainFrame };
  const window = { isDestroyed: () => false, webContents: contents } as unknown as BrowserWindow;
  const asked: OpenDialogOptions[] = [];
  registerFolderChooser(ipcMain, () => window, RENDERER, async (_window, options) => (asked.push(options), answer));
  return { call: (event: unknown, title?: unknown) => handler!(event, title), contents, mainFrame, asked };
}

describe('registerFolderChooser', () => {
  it('answers our page with the folder chosen in a directory dialog, or null when cancelled', async () => {
    const chosen = setUp({ canceled: false, filePaths: ['/home/me/Vault'] });
    await expect(chosen.call({ sender: chosen.contents, senderFrame: chosen.mainFrame }, 'Export library')).resolves.toEqual({ ok: true, value: '/home/me/Vault' });
    expect(chosen.asked).toEqual([{ title: 'Export library', properties: ['openDirectory', 'createDirectory'] }]);
    const cancelled = setUp({ canceled: true, filePaths: [] });
    await expect(cancelled.call({ sender: cancelled.contents, senderFrame: cancelled.mainFrame })).resolves.toEqual({ ok: true, value: null });
  });

  it('refuses any other sender without showing a dialog', async () => {
    const { call, contents, asked } = setUp({ canceled: false, filePaths: ['/x'] });
    for (const event of [{ sender: {}, senderFrame: null }, { sender: contents, senderFrame: { url: RENDERER } }, { sender: contents, senderFrame: { url: 'https://evil.example/' } }]) {
      await expect(call(event)).resolves.toMatchObject({ ok: false });
    }
    expect(asked).toEqual([]);
  });
});
