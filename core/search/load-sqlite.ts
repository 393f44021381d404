import type BetterSqlite3 from 'better-sqlite3';
import { messageOf } from '../api/api-error.js';

/**
 * better-sqlite3, or the reason it cannot be used: a packaged build may lack its native module
 * (or have one built for another Node/Electron ABI). Loaded on first use, so a library opens
 * without it, and checked by opening an in-memory database, since the addon loads only then.
 */
export async function loadSqlite(): Promise<{ Database: typeof BetterSqlite3 } | { error: string }> {
  try {
    const Database = (await import('better-sqlite3')).default;
    new Database(':memory:').close();
    return { Database };
  } catch (error) {
    return { error: messageOf(error) };
  }
}
