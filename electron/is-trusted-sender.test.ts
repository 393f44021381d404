import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFacts } from './is-trusted-sender.js';

const RENDERER = 'file:///opt/research-notes/dist/renderer/index.html';
const OURS: SenderFacts = { isOurWindow: true, isMainFrame: true, frameUrl: RENDERER };

describe('isTrustedSender', () => {
  it.each<[string, SenderFacts, boolean]>([
    ['our page', OURS, true],
    ['our page with a fragment and a query', { ...OURS, frameUrl: `${RENDERER}?x=1#article` }, true],
    ['another window', { ...OURS, isOurWindow: false }, false],
    ['an iframe of our window', { ...OURS, isMainFrame: false }, false],
    ['a destroyed frame', { ...OURS, frameUrl: null }, false],
    ['another local file', { ...OURS, frameUrl: 'file:///tmp/evil.html' }, false],
    ['a sibling file of our page', { ...OURS, frameUrl: 'file:///opt/research-notes/dist/renderer/other.html' }, false],
    ['a web page', { ...OURS, frameUrl: 'https://example.com/opt/research-notes/dist/renderer/index.html' }, false],
    ['about:blank', { ...OURS, frameUrl: 'about:blank' }, false],
    ['a malformed URL', { ...OURS, frameUrl: 'not a url' }, false],
  ])('%s → %s', (_name, sender, expected) => {
    expect(isTrustedSender(sender, RENDERER)).toBe(expected);
  });
});
