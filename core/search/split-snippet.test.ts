import { describe, expect, it } from 'vitest';
import { splitSnippet } from './split-snippet.js';

describe('splitSnippet', () => {
  it('turns markers into match flags and keeps everything else as plain text', () => {
    expect(splitSnippet('…the \uE000lambs\uE001 and <b>\uE000kids\uE001</b>…')).toEqual([
      { text: '…the ', match: false },
      { text: 'lambs', match: true },
      { text: ' and <b>', match: false },
      { text: 'kids', match: true },
      { text: '</b>…', match: false },
    ]);
  });

  it('joins adjacent matches and drops empty parts', () => {
    expect(splitSnippet('\uE000a\uE001\uE000b\uE001')).toEqual([{ text: 'ab', match: true }]);
    expect(splitSnippet('')).toEqual([]);
  });
});
