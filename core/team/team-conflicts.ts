import type PouchDB from 'pouchdb-node';
import { parseDocumentId, payloadOf, type TeamDocument, type TeamPayload } from './team-document.js';

/** One version of a document two analysts changed apart. */
export interface TeamConflictVersion {
  rev: string;
  changedBy: string;
  changedAt: string;
  payload: TeamPayload;
  /** The revision the library shows until someone chooses (CouchDB's deterministic winner, or an edit made here during a sync). */
  shown: boolean;
}

/** A document in conflict: every version, none dropped. */
export interface TeamConflict {
  id: string;
  /** A line naming it for a person: the article's title, or the highlight's words. */
  label: string;
  versions: TeamConflictVersion[];
}

/** Every document of the copy with more than one current revision, each with all its versions. */
export async function teamConflicts(copy: PouchDB.Database, held: Readonly<Record<string, string>> = {}): Promise<TeamConflict[]> {
  const conflicts: TeamConflict[] = [];
  for (const row of (await copy.allDocs({ include_docs: true, conflicts: true })).rows) {
    const shown = row.doc as unknown as TeamDocument | null | undefined;
    if (!shown?._conflicts?.length || parseDocumentId(row.id) === null) continue;
    const others = await Promise.all(shown._conflicts.map(async (rev) => (await copy.get(row.id, { rev })) as unknown as TeamDocument));
    conflicts.push({
      id: row.id,
      label: labelOf(payloadOf(shown)),
      versions: [shown, ...others].map((document) => ({
        rev: document._rev!,
        changedBy: document.changedBy,
        changedAt: document.changedAt,
        payload: payloadOf(document),
        shown: document._rev === (held[row.id] ?? shown._rev),
      })),
    });
  }
  return conflicts;
}

function labelOf(payload: TeamPayload): string {
  return payload.type === 'article' ? `article "${payload.article.title}"` : `highlight "${payload.highlight.target.quote.exact.slice(0, 80)}"`;
}
