import { describe, expect, it } from 'vitest';
import { formatTimeAgo } from './format-time-ago.js';

describe('formatTimeAgo', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  it('says how long ago, in the largest unit that fits', () => {
    expect(formatTimeAgo('2026-12-07T11:59:30Z', now)).toBe('just now');
    expect(formatTimeAgo('2026-12-07T11:55:00Z', now)).toBe('5 min ago');
    expect(formatTimeAgo('2026-12-07T10:00:00Z', now)).toBe('2 h ago');
    expect(formatTimeAgo('2026-12-06T12:00:00Z', now)).toBe('a day ago');
    expect(formatTimeAgo('2026-12-01T12:00:00Z', now)).toBe('6 days ago');
    expect(formatTimeAgo('2026-09-01T12:00:00Z', now)).toBe('2026-09-01');
  });
  it('gives back what it cannot read', () => {
    expect(formatTimeAgo('not a date', now)).toBe('not a date');
  });
});
