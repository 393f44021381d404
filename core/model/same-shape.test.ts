import { describe, expect, it } from 'vitest';
import type { SameShape } from './same-shape.js';

describe('SameShape', () => {
  it('is true for the same fields and false when one side has an extra optional field', () => {
    const same: SameShape<{ a: string; b?: number }, { a: string; b?: number }> = true;
    const extra: SameShape<{ a: string }, { a: string; b?: number }> = false;
    const otherType: SameShape<{ a: string }, { a: number }> = false;
    expect([same, extra, otherType]).toEqual([true, false, false]);
  });
});
