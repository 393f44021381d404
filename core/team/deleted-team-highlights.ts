import type PouchDB from 'pouchdb-node';
import type { DeletedTeamHighlight } from '../model/team-status.js';
import { highlightDocumentId, parseDocumentId, type TeamDocument } from './team-document.js';

/**
 * The team's deleted highlights of an article that the library no longer holds, newest deletion
 * first, read from the local copy of the team database. A deletion is a tombstone that keeps the
 * highlight's last version (the sync writes it so), which is what a restore puts back; a tombstone
 * without one (written by another tool) is left out, as there is nothing to restore from it.
 * It walks the copy's whole changes feed (ids and revisions only): it runs when asked, not per sync.
 */
export async function deletedTeamHighlights(copy: PouchDB.Database, articleId: string, present: ReadonlySet<string>): Promise<DeletedTeamHighlight[]> {
  const prefix = highlightDocumentId(articleId, '');
  const { results } = await copy.changes({ since: 0 });
  const deleted: DeletedTeamHighlight[] = [];
  for (const change of results) {
    if (change.deleted !== true || !change.id.startsWith(prefix)) continue;
    const named = parseDocumentId(change.id);
    if (named?.type !== 'highlight' || present.has(named.highlightId)) continue;
    const tombstone = (await copy.get(change.id, { rev: change.changes[0]!.rev }).catch(() => null)) as unknown as TeamDocument | null;
    if (tombstone?.type !== 'highlight' || tombstone.highlight?.id !== named.highlightId) continue;
    deleted.push({ highlight: tombstone.highlight, createdBy: tombstone.createdBy, deletedBy: tombstone.changedBy, deletedAt: tombstone.changedAt });
  }
  return deleted.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}
