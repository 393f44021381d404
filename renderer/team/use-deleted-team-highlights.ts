import { useCallback } from 'react';
import type { DeletedTeamHighlight, TeamStatus } from '../../core/model/team-status.js';
import { useApi } from '../api/api-context.js';
import { useTeamArticleQuery } from './use-team-article-query.js';

const NONE: DeletedTeamHighlight[] = [];

/** The open article's highlights deleted in the team (and not here), read again after each sync and each change here. */
export function useDeletedTeamHighlights(articleId: string | null, status: TeamStatus | null, version: number): DeletedTeamHighlight[] {
  const api = useApi();
  const ask = useCallback((id: string) => api.listDeletedTeamHighlights({ articleId: id }), [api]);
  return useTeamArticleQuery(articleId, status, version, NONE, ask);
}
