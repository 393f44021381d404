import { useEffect, useMemo, useState } from 'react';
import { createApiClient, type LostSession } from '../api/create-api-client.js';
import { ApiProvider } from '../api/api-context.js';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import { App } from './App.js';
import { SessionLostPage } from './SessionLostPage.js';

/** How often a page whose server stopped answering asks again. */
const RECHECK_MS = 2_000;

/** The window: the app over its API client, until the web shell's session is lost. */
export function Root() {
  const [lost, setLost] = useState<LostSession | null>(null);
  // An ended session is final: a later failed call must not change the page. Unreachable is not:
  // a shell restarted on the same port answers again, and then the tab learns its session ended.
  const api = useMemo(() => createApiClient((reason) => setLost((previous) => (previous === 'ended' ? previous : reason))), []);
  useRecheckWhileUnreachable(api, lost, setLost);
  return lost ? (
    <SessionLostPage lost={lost} />
  ) : (
    <ApiProvider api={api}>
      <App />
    </ApiProvider>
  );
}

/**
 * While nothing answers, asks the server now and then. An answer of SESSION_ENDED reaches the
 * client's own handler; any real answer means the same session is back, so the app returns.
 */
function useRecheckWhileUnreachable(api: ResearchNotesApi, lost: LostSession | null, setLost: (lost: null) => void): void {
  useEffect(() => {
    if (lost !== 'unreachable') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recheck = async () => {
      try {
        await api.listCaptures({});
        if (!stopped) setLost(null);
        return;
      } catch {
        // Still unreachable, or ended (the client has said so).
      }
      if (!stopped) timer = setTimeout(() => void recheck(), RECHECK_MS);
    };
    timer = setTimeout(() => void recheck(), RECHECK_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, lost, setLost]);
}
