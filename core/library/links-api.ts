import type { ResearchNotesApi } from '../api/contract.js';
import type { AnnotationContext } from './annotation-context.js';
import { linkHighlights } from './link-highlights.js';
import { unlinkHighlights } from './unlink-highlights.js';

/** Links between highlights, shown at both ends. */
export function createLinksApi(context: AnnotationContext): Pick<ResearchNotesApi, 'linkHighlights' | 'unlinkHighlights'> {
  return {
    linkHighlights: (args) => linkHighlights(context, args),
    unlinkHighlights: (args) => unlinkHighlights(context, args),
  };
}
