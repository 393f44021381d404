import { describe, expect, it } from 'vitest';
import { bumpVersions, INITIAL_VERSIONS } from './data-versions.js';

describe('bumpVersions', () => {
  it('moves only the counters of what changed', () => {
    expect(bumpVersions(INITIAL_VERSIONS, ['tags', 'highlights'])).toEqual({ articles: 0, highlights: 1, tags: 1, links: 0 });
  });

  it('moves every counter when nothing is named', () => {
    expect(bumpVersions({ articles: 1, highlights: 2, tags: 3, links: 4 }, [])).toEqual({ articles: 2, highlights: 3, tags: 4, links: 5 });
  });
});
