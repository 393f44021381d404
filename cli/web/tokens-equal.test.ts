import * as crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokensEqual } from './tokens-equal.js';

// The comparison must go through crypto.timingSafeEqual (whose time does not depend on where the
// first differing byte is); timing itself is too noisy to measure in a unit test.
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:crypto')>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

const TOKEN = 'a'.repeat(64);

afterEach(() => vi.mocked(crypto.timingSafeEqual).mockClear());

describe('tokensEqual', () => {
  it('compares every token of the right length with timingSafeEqual, whatever byte differs', () => {
    for (const candidate of [TOKEN, `b${'a'.repeat(63)}`, `${'a'.repeat(63)}b`]) {
      vi.mocked(crypto.timingSafeEqual).mockClear();
      expect(tokensEqual(candidate, TOKEN)).toBe(candidate === TOKEN);
      expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1);
      expect(vi.mocked(crypto.timingSafeEqual).mock.calls[0]!.map((buffer) => Buffer.from(buffer as Uint8Array).toString())).toEqual([candidate, TOKEN]);
    }
  });

  it('refuses other lengths without comparing (the fixed length of the token is no secret)', () => {
    expect(tokensEqual('a'.repeat(63), TOKEN)).toBe(false);
    expect(tokensEqual('', TOKEN)).toBe(false);
    expect(tokensEqual('a'.repeat(65), TOKEN)).toBe(false);
    expect(crypto.timingSafeEqual).not.toHaveBeenCalled();
  });
});
