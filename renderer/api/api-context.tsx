import { createContext, useContext, type ReactNode } from 'react';
import type { ResearchNotesApi } from '../../core/api/contract.js';

const ApiContext = createContext<ResearchNotesApi | null>(null);

/** Gives every component below it the API client (Electron's bridge or the web shell's HTTP). */
export function ApiProvider({ api, children }: { api: ResearchNotesApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The API client; the one way the UI reaches the library. */
export function useApi(): ResearchNotesApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() is called outside ApiProvider: the app is drawn without its API client.');
  return api;
}
