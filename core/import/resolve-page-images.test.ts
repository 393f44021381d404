import { describe, expect, it } from 'vitest';
import type { DocNode } from '../document/doc-node.js';
import { findDocProblems } from '../document/find-doc-problems.js';
import { makePng } from '../../tests/support/make-png.js';
import { resolvePageImages } from './resolve-page-images.js';

const PHOTO = makePng(120, 80);
const RULE = makePng(600, 2);
const dataUrl = (bytes: Buffer): string => `data:image/png;base64,${bytes.toString('base64')}`;
const standIn = (source: string, alt: string | null, extra: Record<string, unknown> = {}): DocNode => ({ type: 'image', attrs: { src: null, alt, title: null, source, width: null, height: null, role: null, ...extra } });
const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('resolvePageImages', () => {
  it('fetches a fetched page\'s images, embeds the pictures, leaves out decoration and stands in for what could not be had', async () => {
    const fetched: string[] = [];
    const served = new Map([
      ['https://news.example/img/photo.png', PHOTO],
      ['https://news.example/img/banner.png', RULE],
    ]);
    const doc: DocNode = {
      type: 'doc',
      content: [
        paragraph('Before.'),
        standIn('/img/photo.png', 'Leaders in Prague'),
        standIn('../img/banner.png', 'Banner'),
        standIn('https://news.example/img/missing.jpg', 'Lost photo'),
        standIn('https://news.example/assets/spacer.gif', null),
        { type: 'image', attrs: { src: dataUrl(makePng(16, 16)), alt: 'icon', title: null } },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [standIn('javascript:alert(1)', 'odd', { role: 'presentation' })] }] }] },
        paragraph('After.'),
      ],
    };
    const resolved = await resolvePageImages(doc, {
      pageUrl: 'https://news.example/world/story',
      fetchImage: async (url) => {
        fetched.push(url);
        return served.get(url) ?? null;
      },
    });
    expect(findDocProblems(resolved)).toEqual([]);
    expect(resolved.content!.filter((node) => node.type === 'image')).toEqual([
      { type: 'image', attrs: { src: dataUrl(PHOTO), alt: 'Leaders in Prague', title: null } },
      { type: 'image', attrs: { src: null, alt: 'Lost photo', title: null } },
    ]);
    // The spacer is known by its name before any fetch; nothing is fetched but http(s).
    expect(fetched.sort()).toEqual(['https://news.example/img/banner.png', 'https://news.example/img/missing.jpg', 'https://news.example/img/photo.png'].sort());
    // A cell left empty still holds a paragraph; no address is left in the document.
    expect(resolved.content!.find((node) => node.type === 'table')).toEqual({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] }] });
    expect(JSON.stringify(resolved)).not.toMatch(/news\.example|javascript/);
  });

  it('fetches nothing for a page that was not fetched: its images stand in', async () => {
    const resolved = await resolvePageImages({ type: 'doc', content: [standIn('https://news.example/img/photo.png', 'Leaders')] }, { pageUrl: null });
    expect(resolved.content).toEqual([{ type: 'image', attrs: { src: null, alt: 'Leaders', title: null } }]);
  });
});
