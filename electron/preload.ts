import { contextBridge, ipcRenderer } from 'electron';
import { CHOOSE_FOLDER_CHANNEL } from './choose-folder-channel.js';
import { createBridgeApi } from './create-bridge-api.js';

// The page's only way out: named API functions, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'researchNotes',
  createBridgeApi((channel, args) => ipcRenderer.invoke(channel, args)),
);
// What only the desktop shell can do: ask the person for a folder (the Markdown folder export).
contextBridge.exposeInMainWorld('researchNotesShell', {
  chooseFolder: (title: string) => ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL, String(title)),
});
