import { useEffect } from 'react';

/** How long the message stays (ms): long enough to read and reach, short enough not to linger; Ctrl+Z works after it goes. */
const SHOWN_FOR_MS = 10_000;

interface UndoToastProps {
  /** What was just done ("Highlight deleted: …"), or null to show nothing. */
  message: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * The message after an edit that removes something, with an Undo button: announced politely, at the
 * bottom of the window, gone after a while or once the edit can no longer be undone from here.
 */
export function UndoToast({ message, onUndo, onDismiss }: UndoToastProps) {
  useEffect(() => {
    if (message === null) return;
    const timer = setTimeout(onDismiss, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);

  return (
    <div className="undo-toast-region" role="status">
      {message !== null && (
        <div className="undo-toast">
          <p className="undo-toast-text" dir="auto">{message}</p>
          <button type="button" className="button button-small" onClick={onUndo}>Undo</button>
          <button type="button" className="button button-quiet button-small" aria-label="Dismiss message" onClick={onDismiss}>×</button>
        </div>
      )}
    </div>
  );
}
