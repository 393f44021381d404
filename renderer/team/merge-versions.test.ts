import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../core/model/highlight.js';
import { describeField, differingFields, mergeOf } from './merge-versions.js';

const base: Highlight = {
  id: 'h1',
  articleId: 'a1',
  target: { quote: { type: 'TextQuoteSelector', exact: 'no military aid', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 15 } },
  claimant: 'Khachatrian',
  tags: ['CSTO'],
  note: 'hers',
  color: 'yellow',
  grading: { reliability: 'B', credibility: '2' },
  createdAt: '2026-12-07T08:00:00.000Z',
  updatedAt: '2026-12-07T08:00:00.000Z',
};
const his: Highlight = { ...base, claimant: 'Armen Khachatrian, MP', note: 'his', noteDoc: { type: 'doc', content: [] }, grading: null };

describe('merging two versions of a highlight', () => {
  it('asks only about the fields the versions disagree on', () => {
    expect(differingFields([base, his])).toEqual(['claimant', 'grading', 'note']);
    expect(differingFields([base, { ...base }])).toEqual([]);
  });

  it('lays the fields picked from the other version over the base, with the note’s rich text and a removed grade', () => {
    expect(mergeOf(base, { claimant: his, tags: base })).toEqual({ claimant: 'Armen Khachatrian, MP' });
    expect(mergeOf(base, { note: his, grading: his })).toEqual({ note: 'his', noteDoc: { type: 'doc', content: [] }, grading: null });
    expect(mergeOf(base, {})).toEqual({});
  });

  it('describes each value as the analyst compares them', () => {
    expect(describeField(base, 'grading')).toBe('B2');
    expect(describeField(his, 'grading')).toBe('—');
    expect(describeField(base, 'tags')).toBe('CSTO');
  });
});
