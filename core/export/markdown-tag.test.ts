import { describe, expect, it } from 'vitest';
import { markdownTag, markdownTagName } from './markdown-tag.js';

describe('markdownTag', () => {
  it.each([
    ['CSTO', '#CSTO'],
    ['Armenia', '#Armenia'],
    ['peace talks', '#peace-talks'],
    ['Zangezur corridor', '#Zangezur-corridor'],
    ['  many   spaces  ', '#many-spaces'],
    ['region/caucasus', '#region/caucasus'],
    ['/leading/and/trailing/', '#leading/and/trailing'],
    ['Հայաստան', '#Հայաստան'],
    ['claim: disputed', '#claim-disputed'],
    ['[[wiki]]', '#wiki'],
    ['a#b', '#a-b'],
    ['snake_case', '#snake_case'],
    ['2022', '#2022'],
  ])('%j becomes %j', (tag, expected) => {
    expect(markdownTag(tag)).toBe(expected);
    // The front matter's name is the same tag without its "#": one rule for both places.
    expect(markdownTagName(tag)).toBe(expected.slice(1));
  });

  it.each(['', '   ', '###', '/', '***'])('%j has nothing usable', (tag) => {
    expect(markdownTag(tag)).toBeNull();
    expect(markdownTagName(tag)).toBeNull();
  });
});
