/** The banner that shows the last error until dismissed. */
export function ErrorBanner({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div role="alert" className="error-banner">
      <p>{message}</p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
