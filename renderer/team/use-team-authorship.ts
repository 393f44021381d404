import { useEffect, useState } from 'react';
import type { TeamAuthorship, TeamStatus } from '../../core/model/team-status.js';
import { useApi } from '../api/api-context.js';

const NONE: Record<string, TeamAuthorship> = {};

/** Who made and last changed each highlight of the open article in the team, read again after each sync. */
export function useTeamAuthorship(articleId: string | null, status: TeamStatus | null, version: number): Record<string, TeamAuthorship> {
  const api = useApi();
  const [authorship, setAuthorship] = useState(NONE);
  const joined = status?.joined === true;
  const lastSyncAt = status?.joined ? (status.lastSync?.at ?? null) : null;
  useEffect(() => {
    if (!joined || articleId === null) {
      setAuthorship(NONE);
      return;
    }
    let current = true;
    api.teamAuthorship({ articleId }).then(
      (found) => current && setAuthorship(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, articleId, joined, lastSyncAt, version]);
  return authorship;
}

/** "Ani" of "Ani (ani)": the analyst's name, without the account it was signed with. */
export function analystName(signedBy: string): string {
  return signedBy.replace(/\s*\([^()]*\)$/, '') || signedBy;
}
