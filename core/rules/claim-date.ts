import type { Highlight } from '../model/highlight.js';
import { dayOf } from './day-of.js';

/** The day a claim was made: its own date, else its article's published day, else null. */
export function claimDate(highlight: Pick<Highlight, 'claim'>, articlePublishedTime: string | null): string | null {
  return highlight.claim?.madeOn ?? dayOf(articlePublishedTime);
}
