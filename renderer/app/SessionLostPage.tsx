import type { LostSession } from '../api/create-api-client.js';

/**
 * What the web shell's page shows once it can no longer reach its library: the session ended (the
 * shell was restarted, with a new token) or nothing answers at this address; and how to go on.
 */
export function SessionLostPage({ lost }: { lost: LostSession }) {
  return (
    <main className="session-lost" aria-labelledby="session-lost-title">
      <h1 id="session-lost-title">{lost === 'ended' ? 'Session ended' : 'Research Notes is not running here'}</h1>
      <p>
        {lost === 'ended'
          ? 'This tab belongs to a Research Notes session that has ended: the web shell was restarted, and each start opens a new session with a new address.'
          : 'Nothing answers at this address any more: the web shell was stopped, or started again on another port.'}
      </p>
      <p>
        To go on, open the address that <code>research-notes web</code> printed in its terminal when it started. It looks like{' '}
        <code>http://127.0.0.1:PORT/?token=…</code>; the token in it is the key to the new session.
      </p>
      <p>Everything you saved is in your library. An edit typed in the last second before the session ended may need typing again.</p>
    </main>
  );
}
