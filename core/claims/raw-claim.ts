import type { AttributionKind } from '../model/claim-suggestion.js';
import type { SourcePhrase } from './source-phrase.js';

/** An attribution as a rule found it, before its source is resolved and overlaps are settled. */
export interface RawClaim {
  /** The content span (character offsets). */
  start: number;
  end: number;
  source: SourcePhrase;
  cue: string;
  kind: AttributionKind;
  confidence: number;
}
