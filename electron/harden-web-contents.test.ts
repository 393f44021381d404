import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenWebContents } from './harden-web-contents.js';

// The guards on a stand-in web contents: events as Electron emits them, and the window-open handler.

type OpenHandler = (details: { url: string }) => { action: string };

function hardened() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | undefined;
  const contents = Object.assign(emitter, { setWindowOpenHandler: (handler: OpenHandler) => (openHandler = handler) });
  const opened: string[] = [];
  hardenWebContents(contents as unknown as WebContents, async (url) => {
    opened.push(url);
  });
  const emitPreventable = (name: string, details: { url?: string; isMainFrame?: boolean } = {}) => {
    let prevented = false;
    emitter.emit(name, { preventDefault: () => (prevented = true), url: 'https://example.com/', ...details });
    return prevented;
  };
  const click = () => emitter.emit('input-event', {}, { type: 'mouseUp' });
  return { emitPreventable, click, open: (url: string) => openHandler!({ url }), opened, emitter };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    expect(hardened().emitPreventable(name)).toBe(true);
  });

  it('lets a subframe show an article as captured, and nothing else', () => {
    const guards = hardened();
    expect(guards.emitPreventable('will-frame-navigate', { url: 'rn-captured://page/abc-1', isMainFrame: false })).toBe(false);
    expect(guards.emitPreventable('will-frame-navigate', { url: 'rn-captured://page/abc-1', isMainFrame: true })).toBe(true);
    for (const url of ['https://example.com/', 'rn-captured://page/../x', 'rn-captured://elsewhere/abc', 'file:///etc/passwd']) {
      expect(guards.emitPreventable('will-frame-navigate', { url, isMainFrame: false }), url).toBe(true);
    }
    expect(guards.emitPreventable('will-navigate', { url: 'rn-captured://page/abc-1' })).toBe(true);
  });

  it('denies every new window', () => {
    const guards = hardened();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)']) {
      guards.click();
      expect(guards.open(url)).toEqual({ action: 'deny' });
    }
  });

  it('opens an http(s) link in the system browser right after a click, once per click', () => {
    const guards = hardened();
    guards.click();
    guards.open('https://www.azatutyun.am/a/32101525.html');
    guards.open('https://www.azatutyun.am/second');
    guards.emitter.emit('input-event', {}, { type: 'keyDown' });
    guards.open('http://example.com/by-keyboard');
    expect(guards.opened).toEqual(['https://www.azatutyun.am/a/32101525.html', 'http://example.com/by-keyboard']);
  });

  it('opens nothing without a click, or for other schemes even with one', () => {
    const guards = hardened();
    guards.open('https://example.com/no-click');
    guards.emitter.emit('input-event', {}, { type: 'mouseMove' });
    guards.open('https://example.com/hover-only');
    for (const url of ['file:///etc/passwd', 'smb://server/share', 'javascript:alert(1)', 'ms-msdt:/id PCWDiagnostic', 'data:text/html,x']) {
      guards.click();
      guards.open(url);
    }
    expect(guards.opened).toEqual([]);
  });
});
