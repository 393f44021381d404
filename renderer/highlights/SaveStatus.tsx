import type { SaveState } from './save-state.js';

const LABELS: Record<SaveState, string> = { idle: '', saving: 'Saving…', saved: 'Saved', failed: 'Not saved' };

/** The quiet indicator that edits are on their way or stored. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span role="status" className={`save-status save-status-${state}`}>
      {LABELS[state]}
    </span>
  );
}
