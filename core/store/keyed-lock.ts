/**
 * Runs tasks one at a time per key, in call order; different keys run independently. Used so two
 * changes to the same article never read it, change it and save it interleaved.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `task` once every earlier task for `key` has finished, and returns its outcome. */
  run<R>(key: string, task: () => Promise<R> | R): Promise<R> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget idle keys, or a library of 10,000 articles would keep one entry per article ever touched.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
