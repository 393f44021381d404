import { contextBridge, ipcRenderer } from 'electron';
import { createBridgeApi } from './create-bridge-api.js';

// The page's only way out: named API functions, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'researchNotes',
  createBridgeApi((channel, args) => ipcRenderer.invoke(channel, args)),
);
