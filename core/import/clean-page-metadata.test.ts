import { describe, expect, it } from 'vitest';
import { cleanPageMetadata } from './clean-page-metadata.js';

const page = (title: string, byline: string | null = null, siteName: string | null = null, url: string | null = null) => ({ title, byline, siteName, url });

describe('cleanPageMetadata', () => {
  it.each([
    ['a site after a bar', page('Armenia and Azerbaijan agree to talks | BBC News', null, 'BBC News'), 'Armenia and Azerbaijan agree to talks'],
    ['an author after a bar', page('Why the corridor matters | Jane Roe', 'Jane Roe'), 'Why the corridor matters'],
    ['a site after a dash, spelt otherwise', page('Summit postponed again - bbc-news', null, 'BBC News'), 'Summit postponed again'],
    ['the web address', page('Putin keen to host summit – Azatutyun', null, null, 'https://www.azatutyun.am/a/32110000.html'), 'Putin keen to host summit'],
    ['a site before the headline', page('Reuters | Talks resume in Brussels', null, 'Reuters'), 'Talks resume in Brussels'],
    ['an author and a site', page('Talks resume in Brussels - Jane Roe | Example Times', 'Jane Roe', 'Example Times'), 'Talks resume in Brussels'],
  ])('cuts %s', (_name, found, title) => {
    const cleaned = cleanPageMetadata(found);
    expect(cleaned.title).toBe(title);
    expect(cleaned.original?.title).toBe(found.title);
  });

  it.each([
    ['a dash that is part of the headline', page('Armenia - Azerbaijan border: what we know', null, 'BBC News')],
    ['a suffix that names nobody the page names', page('Get your Frontend JavaScript Code Covered | Code', 'Nicolas Perriault')],
    ['a name that would leave no headline', page('BBC | News', null, 'BBC')],
  ])('keeps %s', (_name, found) => {
    expect(cleanPageMetadata(found)).toEqual({ title: found.title, byline: found.byline, original: null });
  });

  it('drops a byline that only repeats the site, keeping it as found', () => {
    expect(cleanPageMetadata(page('Summit postponed again', 'BBC News', 'BBC News'))).toEqual({
      title: 'Summit postponed again',
      byline: null,
      original: { title: 'Summit postponed again', byline: 'BBC News' },
    });
  });

  it('drops a leading "By "', () => {
    expect(cleanPageMetadata(page('Summit postponed again', 'By Jane Roe', 'Example Times')).byline).toBe('Jane Roe');
  });
});
