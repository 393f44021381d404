import type { ResearchNotesApi } from '../../core/api/contract.js';
import { ApiError } from '../../core/api/api-error.js';
import type { Highlight } from '../../core/model/highlight.js';
import type { HighlightPatch } from './highlight-patch.js';
import { mergeHighlightPatch } from './merge-highlight-patch.js';
import type { SaveState } from './save-state.js';

/** Who hears about saves: the indicator, the highlight list, the error banner. */
export interface HighlightSaverListener {
  onStateChange(state: SaveState): void;
  onSaved(highlight: Highlight): void;
  onError(error: unknown): void;
}

/**
 * Saves highlight edits without a Save button: field edits are merged per highlight and sent after
 * a short pause in typing; `flush` sends at once (at blur, on switching highlight or article).
 */
export class HighlightSaver {
  // 300 ms: long enough to batch a burst of typing into one write, short enough that closing the window rarely loses anything.
  static readonly DEBOUNCE_MS = 300;

  private readonly pending = new Map<string, { articleId: string; patch: HighlightPatch }>();
  // Sends queued or on their way, per highlight: only the answer to the last one may replace what is shown.
  private readonly unanswered = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private sending = 0;
  private failed = false;

  constructor(
    private readonly api: ResearchNotesApi,
    private readonly listener: HighlightSaverListener,
  ) {}

  /** Queues a change of some fields of a highlight, merged with its earlier unsent changes. */
  schedule(articleId: string, id: string, patch: HighlightPatch): void {
    const earlier = this.pending.get(id);
    this.pending.set(id, { articleId, patch: mergeHighlightPatch(earlier?.patch, patch) });
    this.failed = false;
    this.report();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), HighlightSaver.DEBOUNCE_MS);
  }

  /** Sends every queued change now; resolves when they (and earlier sends) have finished. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, { articleId, patch }] of batch) {
      this.sending += 1;
      this.unanswered.set(id, (this.unanswered.get(id) ?? 0) + 1);
      // Sends run one after another so a later edit can never be overtaken by an earlier one.
      this.queue = this.queue.then(() => this.send(articleId, id, patch));
    }
    return this.queue;
  }

  /** Whether a highlight has edits not yet acknowledged by the library. */
  hasPending(id: string): boolean {
    return this.pending.has(id);
  }

  /** Forgets unsent edits of a highlight that is being deleted. */
  discard(id: string): void {
    this.pending.delete(id);
    this.report();
  }

  private async send(articleId: string, id: string, patch: HighlightPatch): Promise<void> {
    try {
      const saved = await this.api.updateHighlight({ articleId, id, patch });
      // An answer with later edits still unsent or unanswered is older than what is shown: taken in,
      // it would drop those edits from view, and the next edit made on top of it would store without them.
      if (!this.pending.has(id) && this.unanswered.get(id) === 1) this.listener.onSaved(saved);
    } catch (error) {
      this.failed = true;
      // Keep the edit for the next attempt unless retrying cannot help.
      const isHopeless = error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_ARGUMENT');
      if (!isHopeless) this.pending.set(id, { articleId, patch: mergeHighlightPatch(patch, this.pending.get(id)?.patch ?? {}) });
      this.listener.onError(error);
    } finally {
      const left = (this.unanswered.get(id) ?? 1) - 1;
      if (left > 0) this.unanswered.set(id, left);
      else this.unanswered.delete(id);
      this.sending -= 1;
      this.report();
    }
  }

  private report(): void {
    if (this.failed && this.sending === 0) this.listener.onStateChange('failed');
    else if (this.pending.size > 0 || this.sending > 0) this.listener.onStateChange('saving');
    else this.listener.onStateChange('saved');
  }
}
