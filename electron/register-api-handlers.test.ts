import type { BrowserWindow, IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_METHODS, type ResearchNotesApi } from '../core/api/contract.js';
import { registerApiHandlers } from './register-api-handlers.js';

// The one IPC wrapper with stand-ins for ipcMain, our window and its frames: every channel checks
// who sent the message before the API is called.

const RENDERER = 'file:///opt/rn/dist/renderer/index.html';

function setUp() {
  const handlers = new Map<string, (event: unknown, args: unknown) => unknown>();
  const ipcMain = { handle: (channel: string, handler: (event: unknown, args: unknown) => unknown) => handlers.set(channel, handler) } as unknown as IpcMain;
  const mainFrame = { url: RENDERER };
  const contents = { mainFrame };
  const window = { isDestroyed: () => false, webContents: contents } as unknown as BrowserWindow;
  const calls: string[] = [];
  const api = new Proxy({}, { get: (_target, method: string) => async () => (calls.push(method), []) }) as ResearchNotesApi;
  registerApiHandlers(ipcMain, api, () => window, RENDERER);
  return { handlers, contents, mainFrame, calls };
}

describe('registerApiHandlers', () => {
  it('registers api:<method> for every method of the contract', () => {
    expect([...setUp().handlers.keys()].sort()).toEqual(API_METHODS.map((method) => `api:${method}`).sort());
  });

  it('calls the API for the top frame of our window showing our page', async () => {
    const { handlers, contents, mainFrame, calls } = setUp();
    await expect(handlers.get('api:listArticles')!({ sender: contents, senderFrame: mainFrame }, {})).resolves.toEqual({ ok: true, value: [] });
    expect(calls).toEqual(['listArticles']);
  });

  it('refuses every other sender without calling the API', async () => {
    const { handlers, contents, mainFrame, calls } = setUp();
    const senders = [
      { sender: {}, senderFrame: mainFrame },
      { sender: contents, senderFrame: { url: RENDERER } },
      { sender: contents, senderFrame: null },
      { sender: contents, senderFrame: { url: 'https://evil.example/' } },
    ];
    for (const event of senders) {
      for (const channel of ['api:listArticles', 'api:deleteArticle']) {
        await expect(Promise.resolve(handlers.get(channel)!(event, { id: 'x' }))).resolves.toMatchObject({ ok: false, error: { code: 'IPC_SENDER_REFUSED' } });
      }
    }
    mainFrame.url = 'file:///tmp/evil.html';
    await expect(Promise.resolve(handlers.get('api:listArticles')!({ sender: contents, senderFrame: mainFrame }, {}))).resolves.toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });
});
