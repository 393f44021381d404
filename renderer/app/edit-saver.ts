import type { ResearchNotesApi } from '../../core/api/contract.js';
import { ApiError } from '../../core/api/api-error.js';
import type { DocNode } from '../../core/document/doc-node.js';
import type { Highlight } from '../../core/model/highlight.js';
import type { HighlightPatch } from '../../core/rules/apply-highlight-patch.js';
import { mergeHighlightPatch } from '../highlights/merge-highlight-patch.js';
import type { SaveState } from '../highlights/save-state.js';

/** Who hears about saves: the indicator, the highlight list, the error banner. */
export interface EditSaverListener {
  onStateChange(state: SaveState): void;
  onSaved(highlight: Highlight): void;
  onError(error: unknown): void;
}

/**
 * The one save pipeline of what the user types without a Save button: highlight fields (merged per
 * highlight) and article memos (the last text per article) are sent after a short pause in typing;
 * `flush` sends everything at once (at blur, on switching highlight or article, before an export),
 * so whatever waits for it sees every keystroke stored.
 */
export class EditSaver {
  // 300 ms: long enough to batch a burst of typing into one write, short enough that closing the window rarely loses anything.
  static readonly DEBOUNCE_MS = 300;

  private readonly pending = new Map<string, { articleId: string; patch: HighlightPatch }>();
  private readonly pendingMemos = new Map<string, DocNode | null>();
  // Sends queued or on their way, per highlight: only the answer to the last one may replace what is shown.
  private readonly unanswered = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private sending = 0;
  private failed = false;

  constructor(
    private readonly api: ResearchNotesApi,
    private readonly listener: EditSaverListener,
  ) {}

  /** Queues a change of some fields of a highlight, merged with its earlier unsent changes. */
  schedule(articleId: string, id: string, patch: HighlightPatch): void {
    const earlier = this.pending.get(id);
    this.pending.set(id, { articleId, patch: mergeHighlightPatch(earlier?.patch, patch) });
    this.queued();
  }

  /** Queues an article's memo as it now reads (null: cleared), replacing an unsent earlier text. */
  scheduleMemo(articleId: string, memo: DocNode | null): void {
    this.pendingMemos.set(articleId, memo);
    this.queued();
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
    const memos = [...this.pendingMemos.entries()];
    this.pendingMemos.clear();
    for (const [articleId, memo] of memos) {
      this.sending += 1;
      this.queue = this.queue.then(() => this.sendMemo(articleId, memo));
    }
    return this.queue;
  }

  private queued(): void {
    this.failed = false;
    this.report();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), EditSaver.DEBOUNCE_MS);
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
      if (!isHopeless(error)) this.pending.set(id, { articleId, patch: mergeHighlightPatch(patch, this.pending.get(id)?.patch ?? {}) });
      this.listener.onError(error);
    } finally {
      const left = (this.unanswered.get(id) ?? 1) - 1;
      if (left > 0) this.unanswered.set(id, left);
      else this.unanswered.delete(id);
      this.sending -= 1;
      this.report();
    }
  }

  private async sendMemo(articleId: string, memo: DocNode | null): Promise<void> {
    try {
      await this.api.updateArticleMemo({ articleId, memo });
    } catch (error) {
      this.failed = true;
      // Kept for the next attempt unless newer text has been typed since (it replaces this one).
      if (!isHopeless(error) && !this.pendingMemos.has(articleId)) this.pendingMemos.set(articleId, memo);
      this.listener.onError(error);
    } finally {
      this.sending -= 1;
      this.report();
    }
  }

  private report(): void {
    if (this.failed && this.sending === 0) this.listener.onStateChange('failed');
    else if (this.pending.size > 0 || this.pendingMemos.size > 0 || this.sending > 0) this.listener.onStateChange('saving');
    else this.listener.onStateChange('saved');
  }
}

/** A refusal that sending again cannot change: the highlight or article is gone, or the edit is invalid. */
function isHopeless(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_ARGUMENT');
}
