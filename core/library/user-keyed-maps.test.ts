import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeTextRange } from '../anchoring/describe-text-range.js';
import { formatFromFileName } from '../import/format-from-file-name.js';
import { readFrontMatter } from '../import/read-front-matter.js';
import { openLibrary, type LibraryService } from './library-service.js';

// Maps keyed by what users type (tag names, file names, front matter keys) are Maps or objects
// without a prototype: "__proto__", "constructor" and "toString" are names like any other.

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-keys-'));
  library = await openLibrary(folder);
});

afterEach(async () => {
  await library.close();
  await fs.rm(folder, { recursive: true, force: true });
});

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

async function tagged(tags: string[]): Promise<void> {
  const { id } = await library.importArticle({ content: 'Title\n\nThe minister denied the report.' });
  const text = (await library.getArticle({ id })).article.text;
  await library.createHighlight({ articleId: id, target: describeTextRange(text, 0, 12), tags });
}

describe('keys from user strings', () => {
  it('a tag named like a member of Object keeps its colour, across a reopen, a rename and a deletion', async () => {
    await tagged(NAMES);
    expect((await library.listTags({})).map((tag) => tag.color ?? null)).toEqual([null, null, null, null]);
    for (const [index, name] of NAMES.entries()) await library.setTagColor({ name, color: `colour ${index}` });
    const colours = async (): Promise<Record<string, unknown>> => Object.fromEntries((await library.listTags({})).map((tag) => [tag.name, tag.color]));
    expect(await colours()).toEqual(Object.fromEntries(NAMES.map((name, index) => [name, `colour ${index}`])));

    await library.close();
    library = await openLibrary(folder);
    expect((await colours())['__proto__']).toBe('colour 0');
    expect(JSON.parse(await fs.readFile(path.join(folder, 'settings.json'), 'utf8')).tagColors).toHaveProperty(['__proto__'], 'colour 0');

    await library.renameTag({ from: '__proto__', to: 'Proto' });
    expect((await colours())['Proto']).toBe('colour 0');
    await library.deleteTag({ name: 'constructor' });
    await library.setTagColor({ name: 'toString', color: null });
    expect(await colours()).toEqual({ Proto: 'colour 0', toString: undefined, hasOwnProperty: 'colour 3' });
  });

  it.each(['report.constructor', 'report.__proto__', 'report.toString'])('a file named %s is unsupported, not given a format', (name) => {
    expect(() => formatFromFileName(name)).toThrow(/files are not supported/);
  });

  it('front matter keys named like members of Object are keys like any other', () => {
    const { fields } = readFrontMatter('---\nconstructor: builder\ntitle: Real title\n---\nBody');
    expect(fields['constructor']).toBe('builder');
    expect(fields['valueOf']).toBeUndefined();
    expect(fields['toString']).toBeUndefined();
    expect(fields['title']).toBe('Real title');
  });
});
