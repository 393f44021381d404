import { useEffect, useState } from 'react';
import type { TeamStatus } from '../../core/model/team-status.js';

/**
 * Something the team knows about the open article, asked again after each sync and each change
 * here (`version`); `none` without a team or an article. `ask` must keep its identity across
 * renders (a module-level function of the API, or a useCallback).
 */
export function useTeamArticleQuery<T>(articleId: string | null, status: TeamStatus | null, version: number, none: T, ask: (articleId: string) => Promise<T>): T {
  const [answer, setAnswer] = useState(none);
  const joined = status?.joined === true;
  const lastSyncAt = status?.joined ? (status.lastSync?.at ?? null) : null;
  useEffect(() => {
    if (!joined || articleId === null) {
      setAnswer(none);
      return;
    }
    let current = true;
    ask(articleId).then(
      (found) => current && setAnswer(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [ask, none, articleId, joined, lastSyncAt, version]);
  return answer;
}
