import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AtomicJsonFile } from './atomic-json-file.js';
import { rejection } from '../api/rejection-test-helpers.js';

const schema = z.object({ version: z.literal(1), items: z.array(z.object({ name: z.string(), n: z.number() })) });
type Data = z.infer<typeof schema>;

let folder: string;
let filePath: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-atomic-'));
  filePath = path.join(folder, 'data.json');
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function readDisk(): Promise<unknown> {
  return JSON.parse(await fs.readFile(filePath, 'utf8'));
}

describe('AtomicJsonFile', () => {
  it('reads null when the file does not exist', async () => {
    expect(await new AtomicJsonFile(filePath, schema).read()).toBeNull();
  });

  it('writes a file that reads back, and that a fresh adapter reads too', async () => {
    const data: Data = { version: 1, items: [{ name: 'a', n: 1 }] };
    await new AtomicJsonFile(filePath, schema).write(data);
    expect(await readDisk()).toEqual(data);
    expect(await new AtomicJsonFile(filePath, schema).read()).toEqual(data);
  });

  it('works as a lowdb adapter', async () => {
    const db = new Low<Data>(new AtomicJsonFile(filePath, schema), { version: 1, items: [] });
    await db.read();
    await db.update((data) => data.items.push({ name: 'b', n: 2 }));
    const again = new Low<Data>(new AtomicJsonFile(filePath, schema), { version: 1, items: [] });
    await again.read();
    expect(again.data.items).toEqual([{ name: 'b', n: 2 }]);
  });

  it('saves the data as it was when write was called, not as it is later', async () => {
    const file = new AtomicJsonFile(filePath, schema);
    const data: Data = { version: 1, items: [] };
    const saved = file.write(data);
    data.items.push({ name: 'later', n: 9 });
    await saved;
    expect(await readDisk()).toEqual({ version: 1, items: [] });
  });

  it('after many concurrent writes holds the last one, and leaves no temporary file', async () => {
    const file = new AtomicJsonFile(filePath, schema);
    const writes: Promise<void>[] = [];
    for (let n = 0; n < 200; n++) {
      writes.push(file.write({ version: 1, items: [{ name: `write ${n}`, n }] }));
      // Let some writes start before the next arrives, so the queue sees both running and waiting writes.
      if (n % 17 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(writes);
    expect(await readDisk()).toEqual({ version: 1, items: [{ name: 'write 199', n: 199 }] });
    expect(await fs.readdir(folder)).toEqual(['data.json']);
  });

  it('has each write on disk when it resolves, in call order', async () => {
    const file = new AtomicJsonFile(filePath, schema);
    const seen: number[] = [];
    const writes = [1, 2, 3].map((n) =>
      file.write({ version: 1, items: [{ name: 'x', n }] }).then(async () => {
        const onDisk = (await readDisk()) as Data;
        seen.push(onDisk.items[0]!.n);
      }),
    );
    await Promise.all(writes);
    // A resolved write's content (or a newer one) is on disk: never older.
    expect(seen.every((n, i) => n >= i + 1)).toBe(true);
    expect(seen.at(-1)).toBe(3);
  });

  it('removes the file after writes queued before, and read waits for them', async () => {
    const file = new AtomicJsonFile(filePath, schema);
    void file.write({ version: 1, items: [] });
    const removed = file.remove();
    expect(await file.read()).toBeNull();
    await removed;
    await expect(fs.access(filePath)).rejects.toThrow();
  });

  it.each([
    ['garbled JSON', '{"version": 1, "items": [', 'not valid JSON'],
    ['an empty (truncated) file', '', 'not valid JSON'],
    ['a schema mismatch', '{"version": 1, "items": [{"name": 5, "n": 1}]}', 'items[0].name'],
    ['a wrong version', '{"version": 2, "items": []}', 'version'],
  ])('reading %s throws LIBRARY_DAMAGED naming the file and the problem', async (_case, content, problem) => {
    await fs.writeFile(filePath, content);
    const error = await rejection(new AtomicJsonFile(filePath, schema).read());
    expect(error.code).toBe('LIBRARY_DAMAGED');
    expect(error.message).toContain(filePath);
    expect(error.message).toContain(problem);
  });

  it('a failed write rejects with STORAGE_FAILED and leaves no temporary file; later writes still work', async () => {
    const missingFolder = path.join(folder, 'gone');
    const file = new AtomicJsonFile(path.join(missingFolder, 'data.json'), schema);
    const error = await rejection(file.write({ version: 1, items: [] }));
    expect(error.code).toBe('STORAGE_FAILED');
    expect(error.message).toContain(missingFolder);
    await fs.mkdir(missingFolder);
    await file.write({ version: 1, items: [{ name: 'ok', n: 1 }] });
    expect(await fs.readdir(missingFolder)).toEqual(['data.json']);
  });

  it('a failed rename cleans up its temporary file', async () => {
    // A folder in the target's place makes the rename fail after the temporary file was written.
    await fs.mkdir(filePath);
    await fs.writeFile(path.join(filePath, 'keep'), 'x');
    const error = await rejection(new AtomicJsonFile(filePath, schema).write({ version: 1, items: [] }));
    expect(error.code).toBe('STORAGE_FAILED');
    expect(await fs.readdir(folder)).toEqual(['data.json']);
  });
});
