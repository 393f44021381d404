/** A page a browser clipper sent, as the app shows it arriving (listCaptures). */
export interface CaptureActivity {
  id: string;
  url: string;
  title: string;
  /** When the app received it (UTC ISO 8601). */
  receivedAt: string;
  state: 'importing' | 'imported' | 'failed';
  /** The article it became, once imported. */
  articleId?: string;
  /** The highlight made from the reader's selection, when there was one and it was found. */
  highlightId?: string;
  /** Why it failed, or what could not be done (a selection not found in the text). */
  message?: string;
}

/** Whether the capture listener is on, for the pairing dialog. */
export interface ClipperPairingOffer {
  code: string;
  expiresAt: string;
  /** The port on 127.0.0.1 the listener took, or null when none of the range was free. */
  port: number | null;
}
