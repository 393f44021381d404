import { useEffect, useState } from 'react';
import type { DeletedTeamHighlight, TeamStatus } from '../../core/model/team-status.js';
import { useApi } from '../api/api-context.js';

const NONE: DeletedTeamHighlight[] = [];

/** The open article's highlights deleted in the team (and not here), read again after each sync and each change here. */
export function useDeletedTeamHighlights(articleId: string | null, status: TeamStatus | null, version: number): DeletedTeamHighlight[] {
  const api = useApi();
  const [deleted, setDeleted] = useState(NONE);
  const joined = status?.joined === true;
  const lastSyncAt = status?.joined ? (status.lastSync?.at ?? null) : null;
  useEffect(() => {
    if (!joined || articleId === null) {
      setDeleted(NONE);
      return;
    }
    let current = true;
    api.listDeletedTeamHighlights({ articleId }).then(
      (found) => current && setDeleted(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, articleId, joined, lastSyncAt, version]);
  return deleted;
}
