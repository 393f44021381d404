import type { ExportRun } from './use-export-run.js';

/** The export under way: its name, a progress bar (indeterminate until the article count is known) and Cancel. */
export function ExportProgressBar({ run, onCancel }: { run: ExportRun; onCancel: () => void }) {
  const { progress } = run;
  const isKnown = progress !== null && progress.total > 0;
  return (
    <div className="export-progress" role="status">
      <span className="export-progress-label" dir="auto">{run.label}</span>
      {isKnown ? (
        <progress aria-label="Export progress" max={progress.total} value={progress.done} />
      ) : (
        <progress aria-label="Export progress" />
      )}
      <span className="export-progress-count">{isKnown ? `${progress.done} of ${progress.total} articles` : 'Starting…'}</span>
      <button type="button" className="button button-small" onClick={onCancel}>Cancel export</button>
    </div>
  );
}
