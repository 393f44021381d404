/** How far a long export has got: articles done out of the total. */
export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * What an export checks to stop early: an AbortSignal fits (only `aborted` is read), declared here
 * because pure core has neither DOM nor Node types.
 */
export interface CancelSignal {
  readonly aborted: boolean;
}
