import { useCallback } from 'react';
import type { DeletedTeamHighlight, TeamStatus } from '../../core/model/team-status.js';
import { useApi } from '../api/api-context.js';
import { useTeamArticleQuery } from './use-team-article-query.js';

const NONE: DeletedTeamHighlight[] = [];

/**
 * The open article's highlights deleted in the team (and not here), read again after each sync
 * only: a deletion reaches the team's copy through a sync, and reading it walks the copy's whole
 * changes feed, too much for every edit. The caller leaves out what the library holds again.
 */
export function useDeletedTeamHighlights(articleId: string | null, status: TeamStatus | null): DeletedTeamHighlight[] {
  const api = useApi();
  const ask = useCallback((id: string) => api.listDeletedTeamHighlights({ articleId: id }), [api]);
  return useTeamArticleQuery(articleId, status, 0, NONE, ask);
}
