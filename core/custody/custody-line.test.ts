import { describe, expect, it } from 'vitest';
import { FIRST_PREVIOUS_HASH, type CustodyEntry } from '../model/custody-entry.js';
import { formatCustodyLine, readCustodyLine, sha256Hex } from './custody-line.js';

const entry: CustodyEntry = {
  seq: 1,
  at: '2026-12-03T10:00:00.000Z',
  action: 'import',
  articleId: 'a1',
  title: 'Summit "talks"',
  operator: 'Ana',
  tool: 'Research Notes 0.1.0',
  url: 'https://example.org/summit',
  finalUrl: null,
  capturedAt: '2026-12-03T10:00:00.000Z',
  originalPath: 'originals/a1-abc.html',
  originalSha256: 'b'.repeat(64),
  textSha256: 'c'.repeat(64),
  prev: FIRST_PREVIOUS_HASH,
};

describe('custody lines', () => {
  it('reads back the entry it wrote, its hash being that of its JSON without the hash', () => {
    const line = formatCustodyLine(entry);
    const read = readCustodyLine(line);
    expect(read).toEqual({ ok: true, entry, hash: sha256Hex(JSON.stringify(entry)) });
    expect(line.endsWith(`,"hash":"${sha256Hex(JSON.stringify(entry))}"}`)).toBe(true);
  });

  it.each([
    ['one character of a value changed', (line: string) => line.replace('Summit', 'Sammit'), /do not match its own hash/],
    ['its hash removed', (line: string) => line.replace(/,"hash":"[0-9a-f]{64}"\}$/, '}'), /does not end with its own hash/],
    ['cut short', (line: string) => line.slice(0, 40), /does not end with its own hash/],
  ])('refuses a line with %s', (_name, damage, why) => {
    const read = readCustodyLine(damage(formatCustodyLine(entry)));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why).toMatch(why);
  });

  it('refuses a line whose hash matches but whose fields are not an entry', () => {
    const body = JSON.stringify({ seq: 1, action: 'steal' });
    const read = readCustodyLine(`${body.slice(0, -1)},"hash":"${sha256Hex(body)}"}`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why).toMatch(/not a custody entry/);
  });
});
