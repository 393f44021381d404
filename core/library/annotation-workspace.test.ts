import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import { DEFAULT_COLOR_LEGEND } from '../model/color-legend.js';
import { DEFAULT_CLAIM_KINDS } from '../model/claim.js';
import { importedDocumentForTests } from './imported-document-for-tests.js';
import type { LibraryService } from './library-service.js';
import { rejection } from '../api/rejection-test-helpers.js';
import { targetOf, withTemporaryLibraries } from './library-test-helpers.js';

const libraries = withTemporaryLibraries('rn-workspace-');
const openTracked = libraries.open;
const reopen = libraries.reopen;

async function addArticle(library: LibraryService, title: string, paragraphs: string[], publishedTime: string | null = null): Promise<Article> {
  const summary = await library.addImportedArticle({ ...importedDocumentForTests(title, paragraphs), publishedTime });
  return (await library.getArticle({ id: summary.id })).article;
}

async function highlightsOf(library: LibraryService, articleId: string): Promise<Highlight[]> {
  return (await library.getArticle({ id: articleId })).highlights;
}

describe('claims, grading, notes and settings', () => {
  it('merges claim patches over defaults, clears grading, derives the note from noteDoc, and keeps it all across a reopen', async () => {
    let library = await openTracked();
    const article = await addArticle(library, 'Summit', ['Armen Khačatrian said the CSTO failed Armenia.'], '2023-05-04');
    const created = await library.createHighlight({ articleId: article.id, target: targetOf(article, 'the CSTO failed Armenia'), claimant: 'Armen Khačatrian' });
    await library.updateHighlight({ articleId: article.id, id: created.id, patch: { claim: { about: 'CSTO', kind: 'accusation' }, grading: { reliability: 'B', credibility: '2' } } });
    const updated = await library.updateHighlight({
      articleId: article.id,
      id: created.id,
      patch: {
        claim: { madeOn: '2023-05-01' },
        noteDoc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rich ' }, { type: 'text', text: 'note', marks: [{ type: 'bold' }] }] }] },
      },
    });
    expect(updated.claim).toEqual({ claimantRole: '', about: 'CSTO', kind: 'accusation', madeOn: '2023-05-01', quoteKind: 'direct' });
    expect(updated.note).toBe('Rich note');
    library = await reopen(library);
    const [stored] = await highlightsOf(library, article.id);
    expect(stored).toMatchObject({ claim: updated.claim, grading: { reliability: 'B', credibility: '2' }, note: 'Rich note', noteDoc: updated.noteDoc });
    const cleared = await library.updateHighlight({ articleId: article.id, id: created.id, patch: { grading: null } });
    expect(cleared.grading).toBeNull();
    expect(await library.listClaimants({ prefix: 'armen k' })).toEqual([{ name: 'Armen Khačatrian', count: 1 }]);
    expect(await library.listClaimants({ prefix: 'arme' })).toEqual([{ name: 'Armen Khačatrian', count: 1 }]);
  });

  it('keeps settings, saved filters, tag colours, memo and corrected metadata across a reopen', async () => {
    let library = await openTracked();
    expect(await library.getSettings({})).toEqual({ colorLegend: DEFAULT_COLOR_LEGEND, claimKinds: DEFAULT_CLAIM_KINDS, maxPdfPages: 5_000, operatorName: '', shareFilesWithTeam: true });
    await library.updateSettings({ claimKinds: ['denial', 'leak'] });
    const saved = await library.saveFilter({ name: 'B2 or better', filter: { minGrading: { reliability: 'B', credibility: '2' } } });
    const article = await addArticle(library, 'Old title', ['Some text here.']);
    const highlight = await library.createHighlight({ articleId: article.id, target: targetOf(article, 'Some text'), tags: ['Actors/CSTO'] });
    await library.setTagColor({ name: 'actors/csto', color: 'red' });
    const memo = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'memo' }] }] };
    await library.updateArticleMemo({ articleId: article.id, memo });
    const summary = await library.updateArticleMetadata({ articleId: article.id, patch: { title: 'New title', publishedTime: '2020-02-02' } });
    expect(summary).toMatchObject({ title: 'New title', publishedTime: '2020-02-02' });
    library = await reopen(library);
    expect((await library.getSettings({})).claimKinds).toEqual(['denial', 'leak']);
    expect(await library.listSavedFilters({})).toEqual([saved]);
    expect(await library.listTags({})).toEqual([{ name: 'Actors/CSTO', count: 1, color: 'red' }]);
    const reread = await library.getArticle({ id: article.id });
    expect(reread.article).toMatchObject({ title: 'New title', memo });
    expect((await library.listArticles({}))[0]!.title).toBe('New title');
    expect((await library.search({ query: 'new titl' })).map((hit) => hit.title)).toContain('New title');
    expect((await library.queryHighlights({ filter: { from: '2020-02-02', to: '2020-02-02' } })).items.map((item) => item.highlight.id)).toEqual([highlight.id]);
    await library.deleteSavedFilter({ id: saved.id });
    expect(await library.listSavedFilters({})).toEqual([]);
  });
});

describe('links', () => {
  it('are stored at both ends across two articles, removed with a highlight, and restored with it', async () => {
    let library = await openTracked();
    const first = await addArticle(library, 'First', ['Alpha claims something.']);
    const second = await addArticle(library, 'Second', ['Beta denies it.']);
    const a = await library.createHighlight({ articleId: first.id, target: targetOf(first, 'Alpha claims') });
    const b = await library.createHighlight({ articleId: second.id, target: targetOf(second, 'Beta denies') });
    const link = await library.linkHighlights({ from: { articleId: first.id, highlightId: a.id }, to: { articleId: second.id, highlightId: b.id }, relation: 'contradicts' });
    library = await reopen(library);
    const [aStored] = await highlightsOf(library, first.id);
    const [bStored] = await highlightsOf(library, second.id);
    expect(aStored!.links).toEqual([link]);
    expect(bStored!.links).toEqual([{ ...link, direction: 'incoming', other: { articleId: first.id, highlightId: a.id } }]);

    await library.deleteHighlight({ articleId: second.id, id: b.id });
    expect((await highlightsOf(library, first.id))[0]!.links).toEqual([]);
    const restored = await library.restoreHighlight({ highlight: bStored! });
    expect(restored).toEqual(bStored);
    expect((await rejection(library.restoreHighlight({ highlight: bStored! }))).code).toBe('INVALID_ARGUMENT');
    library = await reopen(library);
    expect((await highlightsOf(library, first.id))[0]!.links).toEqual([link]);
    expect(await highlightsOf(library, second.id)).toEqual([bStored]);

    await library.unlinkHighlights({ articleId: second.id, highlightId: b.id, linkId: link.id });
    library = await reopen(library);
    expect((await highlightsOf(library, first.id))[0]!.links).toEqual([]);
    expect((await highlightsOf(library, second.id))[0]!.links).toEqual([]);
  });

  it('places a restored highlight whose position no longer fits by its quote, and drops links to highlights that are gone', async () => {
    const library = await openTracked();
    const first = await addArticle(library, 'First', ['Alpha claims something.']);
    const second = await addArticle(library, 'Second', ['Beta denies it.']);
    const a = await library.createHighlight({ articleId: first.id, target: targetOf(first, 'Alpha claims') });
    const b = await library.createHighlight({ articleId: second.id, target: targetOf(second, 'Beta denies') });
    await library.linkHighlights({ from: { articleId: first.id, highlightId: a.id }, to: { articleId: second.id, highlightId: b.id }, relation: 'supports' });
    const [bStored] = await highlightsOf(library, second.id);
    await library.deleteHighlight({ articleId: second.id, id: b.id });
    await library.deleteArticle({ id: first.id });
    const moved = { ...bStored!, target: { ...bStored!.target, position: { ...bStored!.target.position, start: 1 } } };
    const restored = await library.restoreHighlight({ highlight: moved });
    expect(restored.target.position).toEqual(bStored!.target.position);
    expect(restored.links).toEqual([]);
    expect((await rejection(library.restoreHighlight({ highlight: bStored! }))).code).toBe('INVALID_ARGUMENT');
  });
});

describe('tag operations', () => {
  async function tagged(library: LibraryService): Promise<{ ids: string[]; articles: string[] }> {
    const first = await addArticle(library, 'First', ['One two three four.']);
    const second = await addArticle(library, 'Second', ['Five six seven eight.']);
    const h1 = await library.createHighlight({ articleId: first.id, target: targetOf(first, 'One'), tags: ['Actors/CSTO', 'Places'] });
    const h2 = await library.createHighlight({ articleId: first.id, target: targetOf(first, 'three'), tags: ['ODKB'] });
    const h3 = await library.createHighlight({ articleId: second.id, target: targetOf(second, 'Five'), tags: ['actors/csto', 'odkb'] });
    return { ids: [h1.id, h2.id, h3.id], articles: [first.id, second.id] };
  }

  async function allTags(library: LibraryService, articles: string[]): Promise<string[][]> {
    const result: string[][] = [];
    for (const id of articles) for (const highlight of await highlightsOf(library, id)) result.push(highlight.tags);
    return result;
  }

  it('merge, then undo with setHighlightTags, gives back exactly the previous tags, also after a reopen', async () => {
    let library = await openTracked();
    const { articles } = await tagged(library);
    const before = await allTags(library, articles);
    expect(before).toEqual([['Actors/CSTO', 'Places'], ['ODKB'], ['Actors/CSTO', 'ODKB']]);
    const change = await library.mergeTags({ sources: ['odkb', 'Actors/CSTO'], into: 'CSTO' });
    expect(await allTags(library, articles)).toEqual([['CSTO', 'Places'], ['CSTO'], ['CSTO']]);
    expect((await library.listTags({})).map((tag) => tag.name).sort()).toEqual(['CSTO', 'Places']);
    library = await reopen(library);
    await library.setHighlightTags({ changes: change.changed.map((changed) => ({ articleId: changed.articleId, highlightId: changed.highlightId, tags: changed.tagsBefore })) });
    expect(await allTags(library, articles)).toEqual(before);
  });

  it('renames a tag with its children into an existing spelling, and deletes a tag with its children', async () => {
    const library = await openTracked();
    const { articles } = await tagged(library);
    await library.updateHighlight({ articleId: articles[1]!, id: (await highlightsOf(library, articles[1]!))[0]!.id, patch: { tags: ['Actors/CSTO', 'Orgs/CSTO'] } });
    await library.setTagColor({ name: 'Actors/CSTO', color: 'blue' });
    await library.renameTag({ from: 'actors', to: 'orgs' });
    expect(await allTags(library, articles)).toEqual([['Orgs/CSTO', 'Places'], ['ODKB'], ['Orgs/CSTO']]);
    expect((await library.listTags({ prefix: 'orgs' }))).toEqual([{ name: 'Orgs/CSTO', count: 2, color: 'blue' }]);
    const deleted = await library.deleteTag({ name: 'Orgs' });
    expect(deleted.changed).toHaveLength(2);
    expect(await allTags(library, articles)).toEqual([['Places'], ['ODKB'], []]);
  });

  it('tags many highlights all or nothing', async () => {
    const library = await openTracked();
    const { ids, articles } = await tagged(library);
    const before = await allTags(library, articles);
    const missing = await rejection(
      library.tagHighlights({ refs: [{ articleId: articles[0]!, highlightId: ids[0]! }, { articleId: articles[1]!, highlightId: 'nope' }], add: ['New'], remove: [] }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    expect(await allTags(library, articles)).toEqual(before);
    const change = await library.tagHighlights({ refs: ids.map((id, n) => ({ articleId: articles[n < 2 ? 0 : 1]!, highlightId: id })), add: ['places', 'New'], remove: ['odkb'] });
    expect(await allTags(library, articles)).toEqual([['Actors/CSTO', 'Places', 'New'], ['Places', 'New'], ['Actors/CSTO', 'Places', 'New']]);
    expect(change.changed).toHaveLength(3);
  });
});

describe('finding', () => {
  it('lists articles sorted and filtered from the index, and queries highlights across the library', async () => {
    const library = await openTracked();
    const old = await addArticle(library, 'Bravo', ['Ruben says yes.'], '2020-01-01');
    const undated = await addArticle(library, 'alpha', ['Ruben says no.']);
    const recent = await addArticle(library, 'Charlie', ['Ani says maybe.'], '2024-06-01T10:00:00Z');
    await library.createHighlight({ articleId: old.id, target: targetOf(old, 'Ruben says yes'), claimant: 'Rubén', tags: ['Actors/CSTO'] });
    const maybe = await library.createHighlight({ articleId: recent.id, target: targetOf(recent, 'Ani says maybe'), claimant: 'Ani', tags: ['Actors'] });
    const titles = async (args: Parameters<LibraryService['listArticles']>[0]): Promise<string[]> => (await library.listArticles(args)).map((a) => a.title);
    expect(await titles({})).toEqual(['Charlie', 'alpha', 'Bravo']);
    expect(await titles({ sort: 'published' })).toEqual(['Charlie', 'Bravo', 'alpha']);
    expect(await titles({ sort: 'title' })).toEqual(['alpha', 'Bravo', 'Charlie']);
    expect(await titles({ tag: 'actors' })).toEqual(['Charlie', 'Bravo']);
    expect(await titles({ claimant: 'ruben' })).toEqual(['Bravo']);
    expect(await titles({ from: '2020-01-01', to: '2020-12-31' })).toEqual(['Bravo']);
    expect(await titles({ source: 'alpha.txt' })).toEqual(['alpha']);
    void undated;

    const page = await library.queryHighlights({ filter: { tags: ['Actors'] } });
    expect(page.total).toBe(2);
    expect(page.items.map((item) => [item.highlight.id, item.article.title])).toEqual([[maybe.id, 'Charlie'], [page.items[1]!.highlight.id, 'Bravo']]);
    expect((await library.queryHighlights({ filter: { claimant: 'RUBEN' } })).items.map((item) => item.article.id)).toEqual([old.id]);

    const hits = await library.search({ query: 'rub' });
    expect(hits.some((hit) => hit.kind === 'highlight' && hit.articleId === old.id)).toBe(true);
    expect(hits.every((hit) => hit.snippet.every((part) => typeof part.text === 'string'))).toBe(true);
    await library.deleteArticle({ id: old.id });
    expect((await library.search({ query: 'yes' })).length).toBe(0);
    expect((await library.queryHighlights({ filter: { claimant: 'ruben' } })).total).toBe(0);
  });
});

describe('the article itself', () => {
  it('holds its own tags to the limits of a highlight\'s, changing nothing when they are passed', async () => {
    const library = await openTracked();
    const article = await addArticle(library, 'Bravo', ['Ruben says yes.']);
    await library.setArticleTags({ articleId: article.id, tags: ['Kept'] });
    const tooMany = Array.from({ length: 201 }, (_, index) => `Topic ${index}`);
    expect((await rejection(library.setArticleTags({ articleId: article.id, tags: tooMany }))).code).toBe('INVALID_ARGUMENT');
    expect((await rejection(library.setArticleTags({ articleId: article.id, tags: ['x'.repeat(201)] }))).code).toBe('INVALID_ARGUMENT');
    expect((await library.getArticle({ id: article.id })).article.articleTags).toEqual(['Kept']);
  });

  it('keeps its own tags, spelt as the library spells them, filterable in the list and across a reopen', async () => {
    let library = await openTracked();
    const first = await addArticle(library, 'Bravo', ['Ruben says yes.']);
    const second = await addArticle(library, 'Charlie', ['Ani says maybe.']);
    await library.createHighlight({ articleId: first.id, target: targetOf(first, 'Ruben says yes'), tags: ['Actors/CSTO'] });
    const tagged = await library.setArticleTags({ articleId: first.id, tags: ['Peace talks', ' actors/csto ', 'peace TALKS', ''] });
    expect(tagged.articleTags).toEqual(['Peace talks', 'Actors/CSTO']);
    // Another article's tag takes the spelling the library has for it already.
    expect((await library.setArticleTags({ articleId: second.id, tags: ['PEACE TALKS'] })).articleTags).toEqual(['Peace talks']);
    const titles = async (tag: string): Promise<string[]> => (await library.listArticles({ tag })).map((article) => article.title);
    expect(await titles('peace talks')).toEqual(['Charlie', 'Bravo']);
    // The list's tag counts stay the highlights' own.
    expect(await library.listTags({})).toEqual([{ name: 'Actors/CSTO', count: 1 }]);
    library = await reopen(library);
    expect((await library.getArticle({ id: first.id })).article.articleTags).toEqual(['Peace talks', 'Actors/CSTO']);
    expect(await titles('Peace')).toEqual([]);
    expect(await titles('Peace talks')).toEqual(['Charlie', 'Bravo']);
    expect((await library.setArticleTags({ articleId: second.id, tags: [] })).articleTags).toBeUndefined();
    expect(await titles('Peace talks')).toEqual(['Bravo']);
  });

  it('remembers where the reader was, within the text', async () => {
    let library = await openTracked();
    const article = await addArticle(library, 'Bravo', ['Ruben says yes.', 'Ani says maybe.']);
    expect(article.readingPosition).toBeUndefined();
    await library.setReadingPosition({ articleId: article.id, offset: 17 });
    library = await reopen(library);
    expect((await library.getArticle({ id: article.id })).article.readingPosition).toBe(17);
    await library.setReadingPosition({ articleId: article.id, offset: 9_999 });
    expect((await library.getArticle({ id: article.id })).article.readingPosition).toBe(article.text.length);
    expect((await rejection(library.setReadingPosition({ articleId: 'missing', offset: 1 }))).code).toBe('NOT_FOUND');
  });
});
