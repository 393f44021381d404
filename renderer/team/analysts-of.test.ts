import { describe, expect, it } from 'vitest';
import { analystsOf, involvesAnalyst } from './analysts-of.js';

const at = '2026-12-07T08:00:00.000Z';

describe('the analysts of a team article’s highlights', () => {
  const authorship = {
    h1: { createdBy: 'Ani (ani)', createdAt: at, changedBy: 'Boris (boris)', changedAt: at },
    h2: { createdBy: 'Ani (ani)', createdAt: at, changedBy: 'Ani (ani)', changedAt: at },
    h3: { createdBy: 'Zara', createdAt: at, changedBy: 'Zara', changedAt: at },
  };

  it('lists each analyst once by name, whoever made or last changed a highlight', () => {
    expect(analystsOf(authorship)).toEqual(['Ani', 'Boris', 'Zara']);
    expect(analystsOf({})).toEqual([]);
  });

  it('keeps a highlight for the analyst who made it and for the one who changed it last', () => {
    expect(involvesAnalyst(authorship.h1, 'Ani')).toBe(true);
    expect(involvesAnalyst(authorship.h1, 'Boris')).toBe(true);
    expect(involvesAnalyst(authorship.h2, 'Boris')).toBe(false);
    expect(involvesAnalyst(undefined, 'Ani')).toBe(false);
  });
});
