/** What the IPC wrapper knows of a message's sender frame. */
export interface SenderFacts {
  /** Whether the message came from our main window's web contents. */
  isOurWindow: boolean;
  /** Whether the frame is the top frame of that window (not an iframe). */
  isMainFrame: boolean;
  /** The frame's URL; null when the frame is gone (navigated or destroyed). */
  frameUrl: string | null;
}

/**
 * Whether an IPC message may call the API: only the top frame of our window, showing our own
 * renderer page. The query and fragment are ignored; scheme and path must match exactly.
 */
export function isTrustedSender(sender: SenderFacts, rendererUrl: string): boolean {
  if (!sender.isOurWindow || !sender.isMainFrame || sender.frameUrl === null) return false;
  try {
    const actual = new URL(sender.frameUrl);
    const expected = new URL(rendererUrl);
    return actual.protocol === 'file:' && actual.protocol === expected.protocol && actual.host === expected.host && actual.pathname === expected.pathname;
  } catch {
    return false;
  }
}
