/**
 * The array operations htmlparser2's Parser does on its open-element stack (`unshift`, `shift`,
 * `[0]`, `indexOf`, `length = 0`), with the top kept at the end of a plain array: Parser's own
 * array puts the top first, so every open tag moves the whole stack and every unmatched close
 * tag scans it, which is quadratic in the depth (100,000 nested tags took minutes). Here each
 * operation is constant time; `indexOf` of a name not open is answered from a count.
 */
export class TopFirstStack<T> {
  private readonly items: T[] = [];
  private readonly open = new Map<T, number>();

  constructor(initial: readonly T[] = []) {
    for (const item of [...initial].reverse()) this.unshift(item);
  }

  get length(): number {
    return this.items.length;
  }

  /** Parser empties its stack with `length = 0` (the only length it ever sets). */
  set length(value: number) {
    while (this.items.length > value) this.shift();
  }

  /** The top (Parser reads `stack[0]`). */
  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }

  unshift(item: T): number {
    this.items.push(item);
    this.open.set(item, (this.open.get(item) ?? 0) + 1);
    return this.items.length;
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop()!;
    const left = this.open.get(item)! - 1;
    if (left === 0) this.open.delete(item);
    else this.open.set(item, left);
    return item;
  }

  /** Distance from the top of the nearest `item`, or -1. A scan ends at a match, and Parser then closes everything above it, so the scans add up to the number of elements. */
  indexOf(item: T): number {
    if (!this.open.has(item)) return -1;
    for (let index = this.items.length - 1; index >= 0; index -= 1) if (this.items[index] === item) return this.items.length - 1 - index;
    return -1;
  }
}
