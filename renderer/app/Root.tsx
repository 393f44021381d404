import { useMemo, useState } from 'react';
import { createApiClient, type LostSession } from '../api/create-api-client.js';
import { ApiProvider } from '../api/api-context.js';
import { App } from './App.js';
import { SessionLostPage } from './SessionLostPage.js';

/** The window: the app over its API client, until the web shell's session is lost. */
export function Root() {
  const [lost, setLost] = useState<LostSession | null>(null);
  // The first word wins: once a restart ended the session, a later failed call must not change the page.
  const api = useMemo(() => createApiClient((reason) => setLost((previous) => previous ?? reason)), []);
  return lost ? (
    <SessionLostPage lost={lost} />
  ) : (
    <ApiProvider api={api}>
      <App />
    </ApiProvider>
  );
}
