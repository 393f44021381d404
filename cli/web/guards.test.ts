import { describe, expect, it } from 'vitest';
import { isAllowedHost } from './is-allowed-host.js';
import { isJsonContentType } from '../../core/http/is-json-content-type.js';
import { isSameOrigin } from './is-same-origin.js';
import { readCookies } from './read-cookies.js';
import { tokensEqual } from './tokens-equal.js';

// The web shell's small guards, each a pure function, table by table.

describe('isAllowedHost', () => {
  it.each([
    ['127.0.0.1:4000', true],
    ['localhost:4000', true],
    ['127.0.0.1', false],
    ['localhost:4001', false],
    ['evil.example:4000', false],
    ['127.0.0.1:4000.evil.example', false],
    [undefined, false],
  ])('%s → %s', (host, expected) => {
    expect(isAllowedHost(host, 4000)).toBe(expected);
  });
});

describe('isSameOrigin', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:4000', true],
    ['https://127.0.0.1:4000', false],
    ['http://evil.example', false],
    ['null', false],
  ])('%s → %s', (origin, expected) => {
    expect(isSameOrigin(origin, '127.0.0.1:4000')).toBe(expected);
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON; charset=utf-8', true],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    [undefined, false],
  ])('%s → %s', (contentType, expected) => {
    expect(isJsonContentType(contentType)).toBe(expected);
  });
});

describe('readCookies', () => {
  it('finds every value of a name, and nothing of similar names', () => {
    expect(readCookies('a=1; rn_token=x; rn_token_old=y;rn_token=z', 'rn_token')).toEqual(['x', 'z']);
    expect(readCookies('broken; =v', 'rn_token')).toEqual([]);
    expect(readCookies(undefined, 'rn_token')).toEqual([]);
  });
});

describe('tokensEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['abd', 'abc', false],
    ['ab', 'abc', false],
    ['', 'abc', false],
    ['abcd', 'abc', false],
  ])('%s vs %s → %s', (candidate, token, expected) => {
    expect(tokensEqual(candidate, token)).toBe(expected);
  });
});
