import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { openSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalFile } from './journal-file.js';
import { JOURNAL_VERSION, type JournalRecord } from './journal-record-schema.js';

// A disk that fills up, for real: a 256 KB tmpfs mounted for the test. Mounting needs root on
// Linux (CI runs as root); elsewhere the test is skipped, and says why.
const canMount = process.platform === 'linux' && process.getuid?.() === 0;

let mountPoint: string;
let mounted = false;

beforeEach(async () => {
  mountPoint = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-full-disk-'));
  if (!canMount) return;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
});

afterEach(async () => {
  // Lazy: a file a failed test left open must not keep the mount (and the folder) behind.
  if (mounted) execFileSync('umount', ['-l', mountPoint]);
  mounted = false;
  await fs.rm(mountPoint, { recursive: true, force: true });
});

function record(seq: number, tags: number): JournalRecord {
  return {
    v: JOURNAL_VERSION,
    seq,
    put: {
      id: `article-${seq}`,
      title: `Article ${seq}`,
      byline: null,
      siteName: null,
      url: null,
      publishedTime: null,
      lang: null,
      dir: null,
      importedAt: '2026-01-01T00:00:00.000Z',
      contentHash: 'hash',
      source: 'test',
      highlightCount: tags,
      tags: Array.from({ length: tags }, (_, n) => ({ name: `tag ${n} ${'x'.repeat(180)}`, count: 1 })),
    },
  };
}

/** Fills the file system until not one more byte fits. */
function fillDisk(filePath: string): void {
  const fd = openSync(filePath, 'w');
  try {
    for (const size of [65536, 4096, 1]) {
      const chunk = Buffer.alloc(size, 120);
      try {
        for (;;) writeSync(fd, chunk);
      } catch {
        // Full for writes of this size; smaller ones may still fit.
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!canMount)('the journal on a disk that fills up (needs root to mount a tmpfs)', () => {
  it('fails an append written only in part, and leaves only whole records behind it', async (context) => {
    if (!mounted) context.skip();
    const journalPath = path.join(mountPoint, 'library.journal');
    const journal = new JournalFile(journalPath);
    await journal.load();
    const applied: number[] = [];
    await journal.append(record(1, 0), () => applied.push(1));
    const filler = path.join(mountPoint, 'filler');
    fillDisk(filler);
    // About 40 KB: more than the slack left in the journal's last page, so the write is short.
    await expect(journal.append(record(2, 200), () => applied.push(2))).rejects.toMatchObject({ code: 'STORAGE_FAILED', message: expect.stringMatching(/free space/) });
    expect(applied).toEqual([1]);

    await fs.rm(filler);
    await journal.append(record(3, 1), () => applied.push(3));
    await journal.close();
    const text = await fs.readFile(journalPath, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const reread = await new JournalFile(journalPath).load();
    expect(reread.damage).toBeNull();
    expect(reread.records.map((line) => line.seq)).toEqual([1, 3]);
  });
});

describe('the journal after a crash that tore its last line', () => {
  it('cuts the torn line off before the next append, so it never ends up in the middle', async () => {
    const journalPath = path.join(mountPoint, 'library.journal');
    await fs.writeFile(journalPath, `${JSON.stringify(record(1, 0))}\n${JSON.stringify(record(2, 0)).slice(0, 50)}`);
    const journal = new JournalFile(journalPath);
    expect((await journal.load()).records.map((line) => line.seq)).toEqual([1]);
    await journal.append(record(3, 0), () => undefined);
    await journal.close();
    const reread = await new JournalFile(journalPath).load();
    expect(reread.damage).toBeNull();
    expect(reread.records.map((line) => line.seq)).toEqual([1, 3]);
  });
});
