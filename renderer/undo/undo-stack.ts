/** One undoable annotation edit: the API calls that take it back and do it again. */
export interface UndoEntry {
  /** What the edit was, for the palette and the status line ("Delete highlight"). */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/**
 * The undo history of annotation edits. Entries run one at a time (a second Ctrl+Z while the first
 * call is still on its way waits for it), and a failed call leaves the entry where it was.
 */
export class UndoStack {
  // 200 edits: a long session of annotation, small enough that closures over snapshots stay cheap.
  static readonly LIMIT = 200;

  private readonly done: UndoEntry[] = [];
  private readonly undone: UndoEntry[] = [];
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly onChange: () => void = () => {}) {}

  /** Records an edit that has just been made; it clears the redo history. */
  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > UndoStack.LIMIT) this.done.shift();
    this.undone.length = 0;
    this.onChange();
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The entry the next undo takes back, if any (a message offering "Undo" checks it is still its own). */
  get nextUndo(): UndoEntry | null {
    return this.done.at(-1) ?? null;
  }

  /** The label of the edit the next undo takes back, if any. */
  get undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  /** The label of the edit the next redo makes again, if any. */
  get redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  /** Takes back the last edit; resolves to its entry, or null when there was nothing to undo. */
  undo(): Promise<UndoEntry | null> {
    return this.step(this.done, this.undone, 'undo');
  }

  /** Makes the last undone edit again; resolves to its entry, or null when there was nothing to redo. */
  redo(): Promise<UndoEntry | null> {
    return this.step(this.undone, this.done, 'redo');
  }

  private step(from: UndoEntry[], to: UndoEntry[], action: 'undo' | 'redo'): Promise<UndoEntry | null> {
    const result = this.running.then(async () => {
      const entry = from.pop();
      if (!entry) return null;
      try {
        await entry[action]();
      } catch (error) {
        from.push(entry);
        this.onChange();
        throw error;
      }
      to.push(entry);
      this.onChange();
      return entry;
    });
    // The chain must survive a failure, or every later undo would fail with it.
    this.running = result.catch(() => undefined);
    return result;
  }
}
