/** What a change in the library may have changed, so that only the views showing it fetch again. */
export type DataKind = 'articles' | 'highlights' | 'tags' | 'links';

/** A counter per kind of data: a view fetches again when a counter it reads moves. */
export type DataVersions = Readonly<Record<DataKind, number>>;

export const ALL_DATA: readonly DataKind[] = ['articles', 'highlights', 'tags', 'links'];

export const INITIAL_VERSIONS: DataVersions = { articles: 0, highlights: 0, tags: 0, links: 0 };

/** The counters after a change of `kinds` (every kind when none is named: an undo may touch anything). */
export function bumpVersions(versions: DataVersions, kinds: readonly DataKind[]): DataVersions {
  const next = { ...versions };
  for (const kind of kinds.length > 0 ? kinds : ALL_DATA) next[kind] += 1;
  return next;
}
