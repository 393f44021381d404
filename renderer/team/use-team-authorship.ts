import { useCallback } from 'react';
import type { TeamAuthorship, TeamStatus } from '../../core/model/team-status.js';
import { useApi } from '../api/api-context.js';
import { useTeamArticleQuery } from './use-team-article-query.js';

const NONE: Record<string, TeamAuthorship> = {};

/** Who made and last changed each highlight of the open article in the team, read again after each sync. */
export function useTeamAuthorship(articleId: string | null, status: TeamStatus | null, version: number): Record<string, TeamAuthorship> {
  const api = useApi();
  const ask = useCallback((id: string) => api.teamAuthorship({ articleId: id }), [api]);
  return useTeamArticleQuery(articleId, status, version, NONE, ask);
}

/** "Ani" of "Ani (ani)": the analyst's name, without the account it was signed with. */
export function analystName(signedBy: string): string {
  return signedBy.replace(/\s*\([^()]*\)$/, '') || signedBy;
}
