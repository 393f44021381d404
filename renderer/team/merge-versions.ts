import type { Highlight } from '../../core/model/highlight.js';
import { formatGrading } from '../../core/model/grading.js';

/** The fields an analyst can take from one version or another when merging a highlight's versions. */
export const MERGE_FIELDS = ['claimant', 'grading', 'tags', 'note', 'claim', 'color'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MERGE_FIELD_LABELS: Record<MergeField, string> = { claimant: 'Claimant', grading: 'Grade', tags: 'Tags', note: 'Note', claim: 'Claim details', color: 'Colour' };

/** The fields on which the versions do not all agree: the only ones worth asking about. */
export function differingFields(versions: readonly Highlight[]): MergeField[] {
  return MERGE_FIELDS.filter((field) => new Set(versions.map((version) => JSON.stringify(version[field] ?? null))).size > 1);
}

/**
 * What to lay over the base version: each field picked from another version, with its value there
 * (null where that version has none, which removes it). The note brings its rich text along.
 */
export function mergeOf(base: Highlight, picks: Partial<Record<MergeField, Highlight>>): Record<string, unknown> {
  const merge: Record<string, unknown> = {};
  for (const field of MERGE_FIELDS) {
    const picked = picks[field];
    if (picked === undefined || picked === base) continue;
    merge[field] = picked[field] ?? null;
    if (field === 'note') merge.noteDoc = picked.noteDoc ?? null;
  }
  return merge;
}

/** A field's value as the merge shows it. */
export function describeField(highlight: Highlight, field: MergeField): string {
  switch (field) {
    case 'grading':
      return highlight.grading ? formatGrading(highlight.grading) : '—';
    case 'tags':
      return highlight.tags.join(', ') || '—';
    case 'claim': {
      const claim = highlight.claim;
      if (!claim) return '—';
      return [claim.claimantRole, claim.kind, claim.about, claim.madeOn, claim.quoteKind].filter(Boolean).join(' · ') || '—';
    }
    default:
      return highlight[field] || '—';
  }
}
