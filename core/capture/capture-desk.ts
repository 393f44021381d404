import { randomUUID } from 'node:crypto';
import { messageOf } from '../api/api-error.js';
import type { ApiArguments, ApiResults } from '../api/contract.js';
import { describeTextRange } from '../anchoring/describe-text-range.js';
import { matchQuote } from '../anchoring/match-quote.js';
import type { WorkerImportInput } from '../import/worker-import-input.js';
import type { CaptureActivity, CaptureFacts, ClipperPairingOffer } from '../model/capture-activity.js';
import type { CapturePayload } from './capture-payload.js';
import type { ClipperPairings } from './clipper-pairings.js';

/**
 * What the desk needs of the library (LibraryService has it all), typed here so that
 * core/capture does not import core/library, which creates the desk.
 */
export interface CaptureLibrary {
  importSource(input: WorkerImportInput, options: { ifDuplicate: 'recapture'; capture: CaptureFacts }): Promise<{ article: { id: string } }>;
  getArticle(args: ApiArguments<'getArticle'>): Promise<ApiResults['getArticle']>;
  createHighlight(args: ApiArguments<'createHighlight'>): Promise<ApiResults['createHighlight']>;
}

/** Captures the app remembers for listCaptures: enough for the arrivals of a session. */
const KEPT_ACTIVITY = 50;

/**
 * Where captures from the browser clipper arrive: each is imported as a web page whose original is
 * the captured HTML (so its bytes and hash are the evidence), with the clipper's address and time;
 * the reader's selection becomes the article's first highlight.
 */
export class CaptureDesk {
  private readonly activity: CaptureActivity[] = [];
  /** The listener's port, once it listens (null: not started, or no port of the range was free). */
  port: number | null = null;

  constructor(
    private readonly library: CaptureLibrary,
    readonly pairings: ClipperPairings,
  ) {}

  /** A new pairing code, with the port the clipper will find the app on. */
  offerPairing(): ClipperPairingOffer {
    return { ...this.pairings.startPairing(), port: this.port };
  }

  /** The latest captures, newest first. */
  recent(): CaptureActivity[] {
    return this.activity.map((entry) => ({ ...entry }));
  }

  /** Imports one capture; the activity entry it returns (and listCaptures shows) says how it went. */
  async receive(payload: CapturePayload): Promise<CaptureActivity> {
    const entry: CaptureActivity = { id: randomUUID(), url: payload.url, title: payload.title, receivedAt: new Date().toISOString(), state: 'importing' };
    this.activity.unshift(entry);
    this.activity.length = Math.min(this.activity.length, KEPT_ACTIVITY);
    try {
      const outcome = await this.library.importSource(
        { bytes: new TextEncoder().encode(payload.html), fileName: 'captured-page.html', sourceUrl: payload.url, format: 'html' },
        // A page captured again is a new version of the same article; what it said before is kept.
        { ifDuplicate: 'recapture', capture: { url: payload.url, capturedAt: payload.capturedAt, tool: payload.tool } },
      );
      entry.articleId = outcome.article.id;
      if (payload.selection) {
        const highlightId = await this.highlightSelection(outcome.article.id, payload.selection);
        if (highlightId === null) entry.message = 'The selected passage was not found in the article’s text, so it was not highlighted.';
        else entry.highlightId = highlightId;
      }
      entry.state = 'imported';
    } catch (error) {
      entry.state = 'failed';
      entry.message = messageOf(error);
    }
    return { ...entry };
  }

  private async highlightSelection(articleId: string, selection: NonNullable<CapturePayload['selection']>): Promise<string | null> {
    const { article } = await this.library.getArticle({ id: articleId });
    // The page's text and the canonical text differ in white space and in what was left out, so
    // the quote is matched as a re-anchoring would, with its context.
    const match = matchQuote(article.text, { type: 'TextQuoteSelector', exact: selection.exact.trim(), prefix: selection.prefix, suffix: selection.suffix }, 0);
    if (match === null) return null;
    const highlight = await this.library.createHighlight({ articleId, target: describeTextRange(article.text, match.start, match.end) });
    return highlight.id;
  }
}
