import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_PREVIOUS_HASH } from '../model/custody-entry.js';
import { readCustodyLine, sha256Hex } from './custody-line.js';
import { CustodyLog, type CustodyFields } from './custody-log.js';

let folder: string;
let logPath: string;
const allow = async (): Promise<void> => undefined;
const quiet = (): void => undefined;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-custody-'));
  logPath = path.join(folder, 'custody.jsonl');
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

function fields(articleId: string, action: CustodyFields['action'] = 'import'): CustodyFields {
  return { action, articleId, title: `Article ${articleId}`, operator: 'Ana', tool: 'Research Notes 0.1.0', url: null, finalUrl: null, capturedAt: null, originalPath: null, originalSha256: null, textSha256: 'c'.repeat(64) };
}

async function lines(): Promise<string[]> {
  return (await fs.readFile(logPath, 'utf8')).split('\n').filter((line) => line !== '');
}

describe('CustodyLog', () => {
  it('writes nothing until the first append, then chains every entry to the one before it, across a reopen', async () => {
    let log = await CustodyLog.open(logPath, { guard: allow, readOnly: false, report: quiet });
    expect(log.isEmpty).toBe(true);
    await expect(fs.access(logPath)).rejects.toThrow();
    await log.append([fields('a'), fields('b')]);
    log = await CustodyLog.open(logPath, { guard: allow, readOnly: false, report: quiet });
    expect(log.isEmpty).toBe(false);
    await log.append([fields('a', 'delete')]);

    const written = await lines();
    expect(written).toHaveLength(3);
    const entries = written.map((line) => {
      const read = readCustodyLine(line);
      if (!read.ok) throw new Error(read.why);
      return read.entry;
    });
    expect(entries.map((entry) => [entry.seq, entry.articleId, entry.action])).toEqual([
      [1, 'a', 'import'],
      [2, 'b', 'import'],
      [3, 'a', 'delete'],
    ]);
    expect(entries[0]!.prev).toBe(FIRST_PREVIOUS_HASH);
    expect(entries[1]!.prev).toBe(sha256Hex(written[0]!));
    expect(entries[2]!.prev).toBe(sha256Hex(written[1]!));
  });

  it('keeps concurrent appends in order, one after the other', async () => {
    const log = await CustodyLog.open(logPath, { guard: allow, readOnly: false, report: quiet });
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => log.append([fields(id)])));
    const entries = (await lines()).map((line) => readCustodyLine(line));
    expect(entries.map((read) => (read.ok ? read.entry.seq : -1))).toEqual([1, 2, 3, 4]);
  });

  it('cuts off a line torn by a crash at open, tells of it, and chains the next entry to the last whole one', async () => {
    const log = await CustodyLog.open(logPath, { guard: allow, readOnly: false, report: quiet });
    await log.append([fields('a')]);
    await fs.appendFile(logPath, '{"seq":2,"at":"2026');
    const notices: string[] = [];
    const reopened = await CustodyLog.open(logPath, { guard: allow, readOnly: false, report: (notice) => notices.push(notice) });
    expect(notices).toEqual([expect.stringMatching(/cut short by a crash/)]);
    await reopened.append([fields('b')]);
    const written = await lines();
    expect(written).toHaveLength(2);
    const second = readCustodyLine(written[1]!);
    expect(second.ok && [second.entry.seq, second.entry.prev]).toEqual([2, sha256Hex(written[0]!)]);
  });

  it('writes nothing when the guard refuses', async () => {
    const log = await CustodyLog.open(logPath, { guard: async () => Promise.reject(new Error('read-only')), readOnly: true, report: quiet });
    await expect(log.append([fields('a')])).rejects.toThrow('read-only');
    await expect(fs.access(logPath)).rejects.toThrow();
  });
});
