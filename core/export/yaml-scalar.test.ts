import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlScalar } from './yaml-scalar.js';

describe('yamlScalar', () => {
  it.each([
    'Putin Reportedly Keen To Host Another Armenian-Azeri Summit',
    '',
    '---',
    '...',
    'yes',
    'null',
    '1.0',
    '2021-11-26',
    '# not a comment',
    'key: value',
    '- item',
    '"double" and \'single\' quotes',
    'back\\slash \\n not a newline',
    'line one\nline two\r\nline three',
    'tab\there',
    'bell\x07 escape\x1b nul\0 del\x7f c1\x85\x9f',
    'nbsp\u00a0 line sep\u2028 para sep\u2029 bom\ufeff',
    '“Typographic” — Հայաստան — Азербайджан — 😭',
    '[[wiki link]] | pipe & {brace} *star* `tick` %percent @at !bang',
    'lone \ud800 high and \udc00 low surrogates',
  ])('reads back %j exactly', (value) => {
    const scalar = yamlScalar(value);
    expect(scalar.startsWith('"') && scalar.endsWith('"')).toBe(true);
    expect(scalar).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(parse(`value: ${scalar}\n`)).toEqual({ value });
  });
});

describe('yamlScalar: Obsidian comments', () => {
  it('writes "%%" escaped, reading back as itself, and leaves a lone "%" as it is', () => {
    expect(yamlScalar('Budget %% draft')).toBe('"Budget \\u0025\\u0025 draft"');
    expect(parse(yamlScalar('Budget %%% draft'))).toBe('Budget %%% draft');
    expect(yamlScalar('https://example.org/a%20b')).toBe('"https://example.org/a%20b"');
  });
});
