/**
 * Checked before each batch of writes to a library's files: resolves when this process may still
 * write there, throws (LIBRARY_LOCK_LOST, LIBRARY_READ_ONLY) when it may not. The library lock
 * provides it; a library opened read-only has one that always refuses.
 */
export type WriteGuard = () => Promise<void>;
