import type { TeamAuthorship } from '../../core/model/team-status.js';
import { analystName } from './use-team-authorship.js';

/** The analysts who made or last changed any of these highlights, by name, sorted. */
export function analystsOf(authorship: Readonly<Record<string, TeamAuthorship>>): string[] {
  const names = new Set<string>();
  for (const entry of Object.values(authorship)) {
    names.add(analystName(entry.createdBy));
    names.add(analystName(entry.changedBy));
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Whether the analyst made the highlight or changed it last (a highlight not in the team involves no one). */
export function involvesAnalyst(entry: TeamAuthorship | undefined, analyst: string): boolean {
  return entry !== undefined && (analystName(entry.createdBy) === analyst || analystName(entry.changedBy) === analyst);
}
