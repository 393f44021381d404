import { describe, expect, it } from 'vitest';
import { articleForTests, highlightForTests } from './export-test-fixtures.js';
import { formatWebAnnotationCollection } from './web-annotation-collection.js';

const TEXT = 'The CSTO failed Armenia, the MP said. Nobody answered.';
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

describe('formatWebAnnotationCollection', () => {
  const highlights = [
    highlightForTests(TEXT, 'The CSTO failed Armenia', {
      tags: ['Actors/CSTO', 'failure'],
      note: 'Key accusation.',
      claimant: 'Armen Khachatrian',
      claim: { claimantRole: 'MP', about: 'CSTO', kind: 'accusation', madeOn: '2022-10-31', quoteKind: 'direct' },
      grading: { reliability: 'B', credibility: '2' },
      links: [{ id: 'l1', relation: 'supports', direction: 'outgoing', other: { articleId: 'a1', highlightId: 'h 2' }, createdAt: '2022-11-01T10:00:00.000Z' }],
    }),
    highlightForTests(TEXT, 'Nobody answered.'),
  ];
  const withUrl = formatWebAnnotationCollection([{ article: articleForTests(TEXT, { url: 'https://www.azatutyun.am/a/1.html' }), highlights }], { id: 'urn:research-notes:collection:library', label: 'Library' });
  const withoutUrl = formatWebAnnotationCollection([{ article: articleForTests(TEXT, { url: 'not a url' }), highlights }], { id: 'urn:research-notes:collection:library', label: 'Library' });

  it('is a collection with one embedded page, as the data model requires', () => {
    const json = JSON.parse(JSON.stringify(withUrl)) as Record<string, any>;
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json['@context'][1].rn).toBe('urn:research-notes:vocab:');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.id).toMatch(IRI);
    expect(json.total).toBe(2);
    expect(json.first.type).toBe('AnnotationPage');
    expect(json.first.id).toMatch(IRI);
    expect(json.first.startIndex).toBe(0);
    expect(json.first.items).toHaveLength(2);
  });

  it('gives every annotation an IRI, a motivation from the vocabulary, valid bodies and both selectors', () => {
    for (const collection of [withUrl, withoutUrl]) {
      const items = (JSON.parse(JSON.stringify(collection)) as Record<string, any>).first.items as Record<string, any>[];
      items.forEach((annotation, index) => {
        expect(annotation.type).toBe('Annotation');
        expect(annotation.id).toMatch(IRI);
        expect(MOTIVATIONS).toContain(annotation.motivation);
        expect(annotation.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
        expect(annotation.modified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        for (const body of annotation.body ?? []) {
          expect(body.type).toBe('TextualBody');
          expect(typeof body.value).toBe('string');
          expect(body.format).toBe('text/plain');
          expect(MOTIVATIONS).toContain(body.purpose);
        }
        expect(annotation.target.source).toMatch(IRI);
        const [quote, position] = annotation.target.selector;
        expect(Object.keys(quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
        expect(quote.type).toBe('TextQuoteSelector');
        expect(position.type).toBe('TextPositionSelector');
        expect(Number.isInteger(position.start) && Number.isInteger(position.end) && position.start <= position.end).toBe(true);
        expect(TEXT.slice(position.start, position.end)).toBe(quote.exact);
        expect(quote.exact).toBe(highlights[index]!.target.quote.exact);
        // Every property outside the W3C model is in the extension namespace.
        const w3c = ['@context', 'id', 'type', 'motivation', 'created', 'modified', 'body', 'target'];
        for (const key of Object.keys(annotation)) if (!w3c.includes(key)) expect(key).toMatch(/^rn:/);
      });
    }
  });

  it('carries tags, note, claimant, claim, grading and links', () => {
    const [first, second] = withUrl.first.items;
    expect(first!.target.source).toBe('https://www.azatutyun.am/a/1.html');
    expect(withoutUrl.first.items[0]!.target.source).toBe('urn:research-notes:article:a1');
    expect(first!.body).toEqual([
      { type: 'TextualBody', value: 'Actors/CSTO', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'failure', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Key accusation.', format: 'text/plain', purpose: 'commenting', language: 'en' },
    ]);
    expect(first).toMatchObject({ 'rn:claimant': 'Armen Khachatrian', 'rn:grading': 'B2', 'rn:colorMeaning': 'claim', 'rn:claim': { about: 'CSTO', kind: 'accusation' } });
    expect(first!['rn:related']).toEqual([{ relation: 'Supports', id: 'urn:research-notes:highlight:h%202' }]);
    expect(second!.body).toBeUndefined();
  });

  it('carries the hashes of the original and the text, and the capture time', () => {
    const article = articleForTests(TEXT, { contentHash: 'c'.repeat(64), originalSha256: 'a'.repeat(64), capturedAt: '2026-12-01T10:00:00.000Z' });
    const [annotation] = formatWebAnnotationCollection([{ article, highlights }], { id: 'urn:research-notes:collection:x', label: 'x' }).first.items;
    expect(annotation).toMatchObject({ 'rn:originalSha256': 'a'.repeat(64), 'rn:textSha256': 'c'.repeat(64), 'rn:captured': '2026-12-01T10:00:00.000Z' });
    expect(withUrl.first.items[0]).not.toHaveProperty('rn:originalSha256');
  });
});
