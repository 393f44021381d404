import { useCallback, useEffect, useRef, useState } from 'react';
import type { TeamStatus } from '../../core/model/team-status.js';
import { useApi } from '../api/api-context.js';

/** How often the window asks how the team sync is going (the sync itself runs in the shell, every minute). */
const POLL_MS = 3_000;

/**
 * The library's team status, asked for every few seconds; `onArrived` runs when a sync put the
 * team's changes into the library, so the open article and the lists show them.
 */
export function useTeamStatus(onArrived: () => void): { status: TeamStatus | null; setStatus: (status: TeamStatus) => void; refresh: () => void } {
  const api = useApi();
  const [status, setStatusState] = useState<TeamStatus | null>(null);
  const lastSyncAt = useRef<string | null>(null);
  const isFirstRead = useRef(true);
  const arrived = useRef(onArrived);
  arrived.current = onArrived;

  const setStatus = useCallback((next: TeamStatus) => {
    const sync = next.joined ? next.lastSync : null;
    if (sync && sync.at !== lastSyncAt.current) {
      // The first status read only sets the mark: what it reports is already on screen. (Joining
      // is not a first read: the library was in no team, and the join's sync brought the team's articles.)
      if (!isFirstRead.current && sync.applied > 0) arrived.current();
      lastSyncAt.current = sync.at;
    }
    isFirstRead.current = false;
    setStatusState(next);
  }, []);

  const refresh = useCallback(() => {
    api.getTeamStatus({}).then(setStatus, () => undefined);
  }, [api, setStatus]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return { status, setStatus, refresh };
}
