import { formatGrading } from '../model/grading.js';
import type { Highlight } from '../model/highlight.js';
import type { HighlightRef, LinkRelation } from '../model/highlight-link.js';

/** A link of a highlight as exports show it: a phrase ("Supports", "Contradicted by") and the other end. */
export interface RelatedHighlight {
  label: string;
  other: HighlightRef;
}

/**
 * The optional parts of a highlight, read tolerantly: claim fields, grading and links are absent
 * on highlights made before they existed, and the page number exists only for paginated sources.
 */
export interface HighlightExtras {
  /** Claim fields as label/value pairs, in a fixed order, empty ones left out. */
  claimFields: Array<[string, string]>;
  /** The Admiralty grade ("B2"); empty when not graded. */
  grading: string;
  /** 1-based page number stored on the highlight; null when it has none. */
  page: number | null;
  related: RelatedHighlight[];
}

const OUTGOING: Record<LinkRelation, string> = { supports: 'Supports', contradicts: 'Contradicts', repeats: 'Repeats', cites: 'Cites' };
const INCOMING: Record<LinkRelation, string> = { supports: 'Supported by', contradicts: 'Contradicted by', repeats: 'Repeated by', cites: 'Cited by' };

/** Reads the optional fields of a highlight, ignoring anything of an unexpected shape (older or newer data). */
export function readHighlightExtras(highlight: Highlight): HighlightExtras {
  const claim = highlight.claim;
  const claimFields: Array<[string, string]> = claim
    ? [
        ['Role', text(claim.claimantRole)],
        ['About', text(claim.about)],
        ['Kind', text(claim.kind)],
        ['Made on', text(claim.madeOn)],
        ['Quote', text(claim.quoteKind)],
      ]
    : [];
  const grading = highlight.grading && typeof highlight.grading === 'object' ? formatGrading(highlight.grading) : '';
  const page = (highlight as Highlight & { page?: unknown }).page;
  const related = (Array.isArray(highlight.links) ? highlight.links : [])
    .filter((link) => link && link.other && typeof link.other.highlightId === 'string')
    .map((link) => ({ label: (link.direction === 'incoming' ? INCOMING : OUTGOING)[link.relation] ?? link.relation, other: link.other }));
  return {
    claimFields: claimFields.filter(([, value]) => value !== ''),
    grading,
    page: typeof page === 'number' && Number.isInteger(page) && page > 0 ? page : null,
    related,
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
