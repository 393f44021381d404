import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { HighlightDecorationSpec } from './highlight-decoration-spec.js';

/** One drawn highlight: where it was placed, and its decoration (kept so it can be taken out again). */
interface DrawnHighlight {
  spec: HighlightDecorationSpec;
  decoration: Decoration;
}

/** What the highlight plugin draws: the specs it was built from, each one's decoration by id, and the set. */
export interface DrawnHighlights {
  specs: readonly HighlightDecorationSpec[];
  /** Null once the document has changed under the decorations: they are mapped, no longer those of the specs. */
  byId: ReadonlyMap<string, DrawnHighlight> | null;
  decorations: DecorationSet;
}

/**
 * The decorations of `specs`. Given what was drawn before, only the highlights that are new, gone or
 * moved are taken out of or put into the set: one new highlight among a thousand costs one insertion
 * into the set's tree, and the view redraws only the paragraph it is in (the untouched parts of the
 * set stay the same objects, which the view compares by identity first).
 */
export function drawHighlights(doc: ProseMirrorNode, specs: readonly HighlightDecorationSpec[], previous?: DrawnHighlights): DrawnHighlights {
  const byId = new Map<string, DrawnHighlight>();
  const known = previous?.byId;
  if (!previous || !known) {
    for (const spec of specs) byId.set(spec.id, { spec, decoration: toDecoration(spec) });
    return { specs, byId, decorations: DecorationSet.create(doc, [...byId.values()].map((drawn) => drawn.decoration)) };
  }
  const added: Decoration[] = [];
  const removed: Decoration[] = [];
  for (const spec of specs) {
    const before = known.get(spec.id);
    if (before && isSamePlace(before.spec, spec)) {
      byId.set(spec.id, before);
      continue;
    }
    const drawn = { spec, decoration: toDecoration(spec) };
    byId.set(spec.id, drawn);
    added.push(drawn.decoration);
    if (before) removed.push(before.decoration);
  }
  for (const [id, before] of known) if (!byId.has(id)) removed.push(before.decoration);
  if (added.length === 0 && removed.length === 0) return { specs, byId: known, decorations: previous.decorations };
  return { specs, byId, decorations: previous.decorations.remove(removed).add(doc, added) };
}

function isSamePlace(a: HighlightDecorationSpec, b: HighlightDecorationSpec): boolean {
  return a.from === b.from && a.to === b.to && a.colorClass === b.colorClass;
}

function toDecoration(spec: HighlightDecorationSpec): Decoration {
  // An explicit nodeName gives each highlight its own span; without it ProseMirror merges overlapping
  // decorations into one span and the inner highlight's id and darker stacking are lost.
  return Decoration.inline(spec.from, spec.to, { nodeName: 'span', class: `highlight ${spec.colorClass}`, 'data-highlight-id': spec.id }, { id: spec.id });
}
