import { describe, expect, it } from 'vitest';
import { isDecorativeImage, type ImageFacts } from './is-decorative-image.js';

const photo: ImageFacts = { alt: 'Leaders in Prague', source: 'https://example.com/img/prague-summit.jpg', declared: { width: 976, height: 549 }, intrinsic: { width: 976, height: 549 }, role: null };

describe('isDecorativeImage', () => {
  it('keeps a photo', () => {
    expect(isDecorativeImage(photo)).toBe(false);
    expect(isDecorativeImage({ ...photo, alt: null, declared: { width: null, height: null }, intrinsic: null })).toBe(false);
  });

  it.each<[string, Partial<ImageFacts>]>([
    ['a rule by its shape', { intrinsic: { width: 976, height: 2 } }],
    ['a rule by its declared height', { intrinsic: null, declared: { width: 600, height: 1 } }],
    ['a spacer', { intrinsic: { width: 1, height: 1 } }],
    ['an icon', { intrinsic: { width: 24, height: 24 } }],
    ['a rule by its description', { alt: 'grey line' }],
    ['a rule by its file name', { source: 'https://ichef.example/news/line-2x.png', intrinsic: null, declared: { width: null, height: null } }],
    ['a spacer by its file name', { source: 'images/spacer.gif', intrinsic: null, declared: { width: null, height: null } }],
    ['an image drawn as presentation', { role: 'presentation' }],
  ])('leaves out %s', (_name, facts) => {
    expect(isDecorativeImage({ ...photo, ...facts })).toBe(true);
  });

  it('does not take a headline photo for a line by its name', () => {
    expect(isDecorativeImage({ ...photo, source: 'https://example.com/headline-photo.jpg', alt: 'Skyline' })).toBe(false);
  });
});
