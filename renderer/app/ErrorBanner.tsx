import type { ShownError } from './describe-error.js';

/** The banner that shows the last error, with its code, until dismissed. */
export function ErrorBanner({ error, onDismiss }: { error: ShownError | null; onDismiss: () => void }) {
  if (!error) return null;
  return (
    <div role="alert" className="error-banner">
      <p>{error.message}</p>
      <span className="error-code" title="Quote this code when asking for help">{error.code}</span>
      <button type="button" className="button button-quiet" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
