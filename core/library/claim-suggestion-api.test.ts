import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../../tests/support/fixtures.js';
import { CLAIM_FINDER_VERSION } from '../claims/claim-finder-version.js';
import { importFileFromPath } from '../import/import-file-from-path.js';
import { openLibrary, type LibraryService } from './library-service.js';

const QUESTION = 'Why is there no reaction to the aggression against a [CSTO] member state and occupation of its territory even in the form of statements?';

let folder: string;
let library: LibraryService | null = null;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-suggestions-'));
});

afterEach(async () => {
  await library?.close();
  library = null;
  await fs.rm(folder, { recursive: true, force: true });
});

async function importSeed(): Promise<string> {
  library = await openLibrary(folder);
  return (await library.addImportedArticle(await importFileFromPath(SEED_ARTICLE))).id;
}

async function readArticleFile(id: string): Promise<Record<string, any>> {
  return JSON.parse(await fs.readFile(path.join(folder, 'articles', `${id}.json`), 'utf8'));
}

describe('suggested claims in the library', () => {
  it('are stored with the article when first listed, with the finder version and the text they were found in', async () => {
    const id = await importSeed();
    // An import alone does not load the finder.
    expect((await readArticleFile(id)).claimSuggestions).toBeUndefined();
    await library!.listClaimSuggestions({ articleId: id });
    const file = await readArticleFile(id);
    expect(file.schemaVersion).toBe(1);
    expect(file.claimSuggestions.finderVersion).toBe(CLAIM_FINDER_VERSION);
    expect(file.claimSuggestions.contentHash).toBe(file.article.contentHash);
    expect(file.claimSuggestions.items.map((item: { target: { quote: { exact: string } } }) => item.target.quote.exact)).toContain(QUESTION);
    expect(file.claimSuggestions.dismissed).toEqual([]);
  });

  it('accepting one makes a highlight with its claimant, role and quote kind, and takes it off the list', async () => {
    const id = await importSeed();
    const suggestions = await library!.listClaimSuggestions({ articleId: id });
    const question = suggestions.find((suggestion) => suggestion.target.quote.exact === QUESTION)!;
    const highlight = await library!.acceptClaimSuggestion({ articleId: id, suggestionId: question.id });
    expect(highlight).toMatchObject({ claimant: 'Armen Khachatrian', claim: { claimantRole: 'A senior Armenian lawmaker', quoteKind: 'direct' } });
    expect(highlight.target.quote.exact).toBe(QUESTION);
    const after = await library!.listClaimSuggestions({ articleId: id });
    expect(after).toHaveLength(suggestions.length - 1);
    expect((await library!.getArticle({ id })).highlights).toHaveLength(1);
    // The accepted claimant feeds the claimant suggestions.
    expect(await library!.listClaimants({ prefix: 'Armen' })).toEqual([{ name: 'Armen Khachatrian', count: 1 }]);
    const paraphrase = after.find((suggestion) => suggestion.kind === 'indirect')!;
    expect((await library!.acceptClaimSuggestion({ articleId: id, suggestionId: paraphrase.id })).claim?.quoteKind).toBe('paraphrase');
    await expect(library!.acceptClaimSuggestion({ articleId: id, suggestionId: question.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a dismissed one stays dismissed after reopening and after the finder version changes', async () => {
    const id = await importSeed();
    const [first, ...rest] = await library!.listClaimSuggestions({ articleId: id });
    await library!.dismissClaimSuggestion({ articleId: id, suggestionId: first!.id });
    expect(await library!.listClaimSuggestions({ articleId: id })).toEqual(rest);
    await library!.close();

    // An older finder's suggestions (and a stale one of them) are recomputed when listed.
    const file = await readArticleFile(id);
    file.claimSuggestions.finderVersion = CLAIM_FINDER_VERSION - 1;
    file.claimSuggestions.items = [{ ...file.claimSuggestions.items[1], id: 'stale-1', claimant: 'Nobody' }];
    await fs.writeFile(path.join(folder, 'articles', `${id}.json`), JSON.stringify(file));
    library = await openLibrary(folder);
    const listed = await library.listClaimSuggestions({ articleId: id });
    expect(listed).toEqual(rest);
    expect((await readArticleFile(id)).claimSuggestions.finderVersion).toBe(CLAIM_FINDER_VERSION);
  });

  it('are found anew in a re-imported text, and what was dismissed stays dismissed', async () => {
    const id = await importSeed();
    const [first] = await library!.listClaimSuggestions({ articleId: id });
    await library!.dismissClaimSuggestion({ articleId: id, suggestionId: first!.id });
    const seed = await importFileFromPath(SEED_ARTICLE);
    const extra = '\n\n“We will hold the talks in Yerevan,” said Ararat Mirzoyan.';
    const changed = { ...seed, text: seed.text + extra, doc: { ...seed.doc, content: [...(seed.doc.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: extra.trim() }] }] } };
    await library!.addImportedArticle(changed, { ifDuplicate: 'update' });
    const listed = await library!.listClaimSuggestions({ articleId: id });
    expect(listed.some((suggestion) => suggestion.claimant === 'Ararat Mirzoyan')).toBe(true);
    expect(listed.some((suggestion) => suggestion.target.quote.exact === first!.target.quote.exact)).toBe(false);
  });
});

describe('loading the finder', () => {
  it('is never a static import of the library service, even in a bundle without code splitting', async () => {
    // A child process bundled in one file (the crash test's) must not load compromise at start-up.
    const result = await build({ entryPoints: [path.join(import.meta.dirname, 'library-service.ts')], bundle: true, write: false, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('compromise/two');
    expect(code).not.toMatch(/^import [^;]*from\s*"compromise/m);
  });
});
