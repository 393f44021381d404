import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_ARGUMENT_SCHEMAS } from '../api/contract.js';
import { dispatchApiCall } from '../api/dispatch-api-call.js';
import { describeTextRange } from '../anchoring/describe-text-range.js';
import type { Highlight } from '../model/highlight.js';
import { HIGHLIGHT_LIMITS } from '../model/highlight-limits.js';
import { openLibrary, type LibraryService } from './library-service.js';

// The limits of a highlight hold on every path that writes one, so that an undo of a deletion
// (restoreHighlight, with the highlight as getArticle gave it) can always put it back.

let folder: string;
let library: LibraryService;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-limits-'));
  library = await openLibrary(folder);
});

afterEach(async () => {
  await library.close();
  await fs.rm(folder, { recursive: true, force: true });
});

const TEXT = 'The minister denied the report on Monday. Officials confirmed it on Tuesday. Nobody commented on Wednesday.';

async function article(text = TEXT): Promise<string> {
  return (await library.importArticle({ content: `Title\n\n${text}`, ifDuplicate: 'keep-both' })).id;
}

async function highlight(articleId: string, quote: string, tags: string[] = []): Promise<Highlight> {
  const text = (await library.getArticle({ id: articleId })).article.text;
  const start = text.indexOf(quote);
  return library.createHighlight({ articleId, target: describeTextRange(text, start, start + quote.length), tags });
}

const tagsNamed = (count: number, prefix: string): string[] => Array.from({ length: count }, (_, index) => `${prefix} ${index}`);

async function stored(articleId: string, id: string): Promise<Highlight> {
  return (await library.getArticle({ id: articleId })).highlights.find((candidate) => candidate.id === id)!;
}

/** Deletes a highlight and undoes it as the UI does: through the API's schema, with the highlight getArticle gave. */
async function deleteAndUndo(articleId: string, id: string): Promise<unknown> {
  const before = await stored(articleId, id);
  expect(API_ARGUMENT_SCHEMAS.restoreHighlight.safeParse({ highlight: before }).success).toBe(true);
  await library.deleteHighlight({ articleId, id });
  return dispatchApiCall(library, 'restoreHighlight', { highlight: before });
}

describe('highlight limits on every path', () => {
  it(`tagHighlights cannot give a highlight more than ${HIGHLIGHT_LIMITS.tags} tags, changing nothing, and its deletion can still be undone`, async () => {
    const first = await article();
    const second = await article('Another article, with another claim in it.');
    const full = await highlight(first, 'denied the report', tagsNamed(150, 'Topic'));
    const small = await highlight(second, 'another claim');
    const refs = [{ articleId: second, highlightId: small.id }, { articleId: first, highlightId: full.id }];
    await expect(library.tagHighlights({ refs, add: tagsNamed(200, 'More'), remove: [] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'A highlight can have at most 200 tags; this would give one 350. Nothing was changed.',
    });
    expect((await stored(first, full.id)).tags).toHaveLength(150);
    expect((await stored(second, small.id)).tags).toEqual([]);
    expect(await deleteAndUndo(first, full.id)).toMatchObject({ ok: true, value: { id: full.id, tags: tagsNamed(150, 'Topic') } });
  });

  it('updateHighlight cannot either (normalised to the same names, they are still too many)', async () => {
    const articleId = await article();
    const created = await highlight(articleId, 'denied the report', tagsNamed(200, 'Topic'));
    await expect(library.updateHighlight({ articleId, id: created.id, patch: { tags: [...tagsNamed(200, 'Topic'), 'One more'] } })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it.each([
    ['renameTag', (parent: string) => library.renameTag({ from: 'Actors', to: parent })],
    ['mergeTags', (parent: string) => library.mergeTags({ sources: ['Actors'], into: parent })],
  ])(`%s cannot make a tag longer than ${HIGHLIGHT_LIMITS.tagLength} characters (a child's path grows with its parent)`, async (_, rename) => {
    const articleId = await article();
    const created = await highlight(articleId, 'denied the report', ['Actors', 'Actors/CSTO']);
    await library.setTagColor({ name: 'Actors', color: 'red' });
    const parent = 'P'.repeat(200);
    await expect(rename(parent)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('would be 205 characters long; a tag has at most 200. Nothing was changed.') });
    expect((await stored(articleId, created.id)).tags).toEqual(['Actors', 'Actors/CSTO']);
    expect((await library.listTags({})).find((tag) => tag.name === 'Actors')?.color).toBe('red');
    expect(await deleteAndUndo(articleId, created.id)).toMatchObject({ ok: true });
  });

  it(`a rich note cannot make the note longer than ${HIGHLIGHT_LIMITS.noteLength.toLocaleString('en')} characters`, async () => {
    const articleId = await article();
    const created = await highlight(articleId, 'denied the report');
    const noteDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(HIGHLIGHT_LIMITS.noteLength + 1) }] }] };
    expect(await dispatchApiCall(library, 'updateHighlight', { articleId, id: created.id, patch: { noteDoc } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('The note would be 200,001 characters long') } });
    expect((await stored(articleId, created.id)).note).toBe('');
  });

  it(`linkHighlights cannot give a highlight more than ${HIGHLIGHT_LIMITS.links.toLocaleString('en')} links, nor can restoreHighlight`, async () => {
    const articleId = await article();
    const hub = await highlight(articleId, 'The minister');
    const other = await highlight(articleId, 'Officials confirmed');
    const spare = await highlight(articleId, 'Nobody commented');
    const link = (index: number) => ({ id: `link-${index}`, relation: 'supports' as const, direction: 'outgoing' as const, other: { articleId, highlightId: other.id }, createdAt: '2024-05-01T00:00:00.000Z' });
    // A hub with the most links there can be (restored at once: a thousand linkHighlights calls take minutes).
    const hubBefore = await stored(articleId, hub.id);
    await library.deleteHighlight({ articleId, id: hub.id });
    await library.restoreHighlight({ highlight: { ...hubBefore, links: Array.from({ length: HIGHLIGHT_LIMITS.links }, (_, index) => link(index)) } });
    expect((await stored(articleId, other.id)).links).toHaveLength(HIGHLIGHT_LIMITS.links);

    for (const full of [hub, other]) {
      await expect(library.linkHighlights({ from: { articleId, highlightId: spare.id }, to: { articleId, highlightId: full.id }, relation: 'cites' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('already has 1,000 links') });
    }
    expect((await stored(articleId, spare.id)).links ?? []).toEqual([]);
    // Restoring a highlight linked to a full one drops those links rather than overfill it.
    const spareBefore = await stored(articleId, spare.id);
    await library.deleteHighlight({ articleId, id: spare.id });
    const restoredSpare = await library.restoreHighlight({ highlight: { ...spareBefore, links: [{ ...link(5_000), id: 'extra' }] } });
    expect(restoredSpare.links).toEqual([]);
    expect((await stored(articleId, other.id)).links).toHaveLength(HIGHLIGHT_LIMITS.links);

    expect(await deleteAndUndo(articleId, hub.id)).toMatchObject({ ok: true });
    expect((await stored(articleId, hub.id)).links).toHaveLength(HIGHLIGHT_LIMITS.links);
  });

  it('a highlight at every limit is restored exactly', async () => {
    const articleId = await article();
    const created = await highlight(articleId, 'denied the report', Array.from({ length: 200 }, (_, index) => `${index}`.padEnd(200, 't')));
    await library.updateHighlight({ articleId, id: created.id, patch: { note: 'n'.repeat(HIGHLIGHT_LIMITS.noteLength), claimant: 'c'.repeat(500) } });
    const before = await stored(articleId, created.id);
    expect(await deleteAndUndo(articleId, created.id)).toEqual({ ok: true, value: before });
    expect(await stored(articleId, created.id)).toEqual(before);
  });

  it('undo of a deletion after the article was re-imported places the highlight in the new text, or keeps it orphaned', async () => {
    const articleId = await library.importArticle({ content: `Title\n\n${TEXT}`, sourceUrl: 'https://example.org/story' }).then((summary) => summary.id);
    const moved = await highlight(articleId, 'Officials confirmed it');
    const gone = await highlight(articleId, 'Nobody commented');
    const movedBefore = await stored(articleId, moved.id);
    const goneBefore = await stored(articleId, gone.id);
    await library.deleteHighlight({ articleId, id: moved.id });
    await library.deleteHighlight({ articleId, id: gone.id });
    await library.importArticle({ content: 'Title\n\nA new first paragraph.\n\nThe minister denied the report on Monday. Officials confirmed it on Tuesday.', sourceUrl: 'https://example.org/story', ifDuplicate: 'update' });
    const text = (await library.getArticle({ id: articleId })).article.text;

    const placed = await dispatchApiCall(library, 'restoreHighlight', { highlight: movedBefore });
    expect(placed).toMatchObject({ ok: true, value: { id: moved.id, target: { quote: { exact: 'Officials confirmed it' } } } });
    const position = (placed as { value: Highlight }).value.target.position;
    expect(text.slice(position.start, position.end)).toBe('Officials confirmed it');

    expect(await dispatchApiCall(library, 'restoreHighlight', { highlight: goneBefore })).toMatchObject({ ok: true, value: { id: gone.id, orphaned: true, target: goneBefore.target } });
    expect((await library.getArticle({ id: articleId })).highlights.map((candidate) => candidate.id).sort()).toEqual([moved.id, gone.id].sort());
  });

  it('undo of a deletion puts back a highlight stored before the limits held, but takes none like it as new input', async () => {
    const articleId = await article();
    const created = await highlight(articleId, 'denied the report');
    // An article file written before the limits: 300 tags, one of them 250 characters long.
    await library.close();
    const file = path.join(folder, 'articles', `${articleId}.json`);
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    json.highlights[0].tags = [...tagsNamed(299, 'Old'), 'L'.repeat(250)];
    await fs.writeFile(file, JSON.stringify(json));
    library = await openLibrary(folder);

    const legacy = await stored(articleId, created.id);
    expect(legacy.tags).toHaveLength(300);
    // It can shed tags without first meeting the limits...
    await library.tagHighlights({ refs: [{ articleId, highlightId: created.id }], add: [], remove: ['Old 0'] });
    const before = await stored(articleId, created.id);
    // ...and its deletion can be undone exactly.
    await library.deleteHighlight({ articleId, id: created.id });
    expect(await dispatchApiCall(library, 'restoreHighlight', { highlight: { ...before, tags: [...before.tags, 'New'] } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'The highlight cannot be restored: it has 300 tags, more than the 200 a highlight may have.' } });
    expect(await dispatchApiCall(library, 'restoreHighlight', { highlight: before })).toEqual({ ok: true, value: before });
  });
});
