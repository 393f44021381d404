import { createHash } from 'node:crypto';
import { custodyEntrySchema, type CustodyEntry } from '../model/custody-entry.js';
import { describeSchemaIssues } from '../store/describe-schema-issues.js';
import { messageOf } from '../api/api-error.js';

/** What reading one line of custody.jsonl found. */
export type ReadCustodyLine = { ok: true; entry: CustodyEntry; hash: string } | { ok: false; why: string };

/** The SHA-256 (hex) of a string's UTF-8 bytes. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * One entry as a line of custody.jsonl (without the newline): its JSON, with `hash` (the SHA-256
 * of that JSON as written without it) added as the last field, so the hash covers every byte before it.
 */
export function formatCustodyLine(entry: CustodyEntry): string {
  const body = JSON.stringify(entry);
  return `${body.slice(0, -1)},"hash":"${sha256Hex(body)}"}`;
}

const HASH_TAIL = /,"hash":"([0-9a-f]{64})"\}$/;

/** Reads a line back: its entry when the line is whole and its own hash matches its bytes. */
export function readCustodyLine(line: string): ReadCustodyLine {
  const tail = HASH_TAIL.exec(line);
  if (tail === null) return { ok: false, why: 'it does not end with its own hash' };
  const body = `${line.slice(0, tail.index)}}`;
  const found = sha256Hex(body);
  if (found !== tail[1]) return { ok: false, why: `its bytes do not match its own hash (recorded ${tail[1]!.slice(0, 12)}…, found ${found.slice(0, 12)}…)` };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, why: `it is not valid JSON (${messageOf(error)})` };
  }
  const parsed = custodyEntrySchema.strict().safeParse(data);
  if (!parsed.success) return { ok: false, why: `it is not a custody entry (${describeSchemaIssues(parsed.error.issues)})` };
  return { ok: true, entry: parsed.data, hash: tail[1]! };
}
