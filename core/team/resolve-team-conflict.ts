import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { ApiError } from '../api/api-error.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import { FIXED_HIGHLIGHT_FIELDS, highlightSchema, type Highlight } from '../model/highlight.js';
import type { TeamChange } from './team-change.js';
import { parseDocumentId, payloadOf, type TeamDocument } from './team-document.js';
import { teamConflicts, type TeamConflict } from './team-conflicts.js';
import { authorOf, currentRevisions, readState, replicateBothWays, serverOf, type TeamLibrary, type TeamRemote } from './sync-team-library.js';

/** Fields of a highlight taken from other versions onto the kept one; null removes the field. The result is checked whole. */
export type HighlightMerge = Partial<Record<Exclude<keyof Highlight, keyof typeof FIXED_HIGHLIGHT_FIELDS>, unknown>>;

/** What resolving a conflict did. */
export interface TeamResolution {
  /** Whether the resolution reached the server now (otherwise the next sync sends it). */
  sent: boolean;
  /** The conflicts left. */
  conflicts: TeamConflict[];
}

/**
 * Resolves a conflict the CouchDB way: the chosen version is written again (signed by whoever
 * chose it) and every other current version is deleted, so the chosen one is the only one left on
 * every side once it replicates. The other versions stay in the document's revision history. The
 * library gets the chosen version at once; it is sent to the server now if it answers.
 */
export async function resolveTeamConflict(library: TeamLibrary, remote: TeamRemote, analyst: string, documentId: string, keepRev: string, merge?: HighlightMerge): Promise<TeamResolution> {
  const folder = path.join(library.path, 'team');
  const statePath = path.join(folder, 'sync-state.json');
  const state = await readState(statePath);
  if (state === null || state.remote !== remote.url) throw new ApiError('INVALID_ARGUMENT', `This library does not sync with ${remote.url}.`);
  const named = parseDocumentId(documentId);
  if (named === null) throw new ApiError('INVALID_ARGUMENT', `${documentId} is not a document of the team library.`);
  const copy = new PouchDB(path.join(folder, 'copy'));
  try {
    const leaves = await currentRevisions(copy, documentId);
    const current = leaves === null ? [] : [leaves.winner, ...leaves.others];
    if (!current.includes(keepRev) || current.length < 2) {
      throw new ApiError('NOT_FOUND', 'That version is no longer in conflict: it was resolved here or by the team. Sync to see the document as it is now.');
    }
    const kept = mergedInto((await copy.get(documentId, { rev: keepRev })) as unknown as TeamDocument, merge);
    const { _conflicts: _ignored, ...rest } = kept;
    const writes = [
      { ...rest, changedBy: authorOf(remote, analyst), changedAt: new Date().toISOString() },
      ...current.filter((rev) => rev !== keepRev).map((rev) => ({ _id: documentId, _rev: rev, _deleted: true })),
    ];
    const results = await copy.bulkDocs(writes as unknown as PouchDB.Doc[]);
    const failed = results.find((result) => 'error' in result);
    if (failed) throw new ApiError('STORAGE_FAILED', `Could not resolve ${documentId} in the team copy: ${JSON.stringify(failed)}.`);

    const payload = payloadOf(kept);
    const change: TeamChange = payload.type === 'article' ? { type: 'article', article: payload.article } : { type: 'highlight', highlight: payload.highlight };
    const applied = await library.applyTeamChanges([change]);
    if (applied.skipped.length > 0) throw new ApiError('STORAGE_FAILED', `The chosen version could not be put in this library: ${applied.skipped[0]!.why}.`);
    const held = { ...(state.held ?? {}) };
    delete held[documentId];
    await writeFileAtomic(statePath, `${JSON.stringify({ ...state, held }, null, 2)}\n`);

    let sent = false;
    const server = serverOf(remote);
    try {
      await replicateBothWays(copy, server, remote.url, { pushOnly: true });
      sent = true;
    } catch {
      // Unreachable now: the resolution is in the copy, and the next sync sends it.
    } finally {
      await server.close();
    }
    return { sent, conflicts: await teamConflicts(copy, held) };
  } finally {
    await copy.close();
  }
}

/** The kept version with the merged fields on it (a highlight's only), checked as the library checks a highlight. */
function mergedInto(kept: TeamDocument, merge: HighlightMerge | undefined): TeamDocument {
  if (merge === undefined || Object.keys(merge).length === 0) return kept;
  if (kept.type !== 'highlight') throw new ApiError('INVALID_ARGUMENT', 'Only a highlight’s versions can be merged field by field; keep one version of an article.');
  const highlight: Record<string, unknown> = { ...kept.highlight };
  for (const [field, value] of Object.entries(merge)) {
    if (field in FIXED_HIGHLIGHT_FIELDS) throw new ApiError('INVALID_ARGUMENT', `A merge cannot change the highlight's ${field}.`);
    if (value === null) delete highlight[field];
    else highlight[field] = value;
  }
  const checked = highlightSchema.safeParse(highlight);
  if (!checked.success) throw new ApiError('INVALID_ARGUMENT', `The merged highlight is not valid: ${checked.error.issues[0]?.message ?? 'unknown problem'}.`);
  return { ...kept, highlight: { ...checked.data, updatedAt: new Date().toISOString() } };
}
