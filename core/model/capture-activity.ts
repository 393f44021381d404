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

/** What a browser clipper says of a page it captured (core/capture), as the import stores it. */
export interface CaptureFacts {
  /** The tab's address when the page was captured (after any redirects and script navigation). */
  url: string;
  /** UTC ISO 8601 time of the capture, by the browser's clock. */
  capturedAt: string;
  /** The clipper and its version, e.g. "Research Notes Clipper 0.1.0 (Chromium)". */
  tool: string;
}
