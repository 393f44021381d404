/**
 * Appends every item to `target`, for arrays of any length: `target.push(...items)` passes each
 * item as an argument, and beyond about 100,000 of them (a list item holding a whole hostile
 * page) overflows the call stack.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
