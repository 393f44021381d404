import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { deliverContentSecurityPolicy } from './deliver-content-security-policy.js';

// The header the main process adds to every response, read through a stand-in session.

type Listener = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void;

function headersFor(responseHeaders: Record<string, string[]> | undefined, url = 'file:///app/renderer/index.html'): Record<string, string[]> | undefined {
  let listener: Listener | undefined;
  const session = { webRequest: { onHeadersReceived: (given: Listener) => (listener = given) } } as unknown as Session;
  deliverContentSecurityPolicy(session);
  let answered: Record<string, string[]> | undefined;
  listener!({ url, responseHeaders }, (response) => (answered = response.responseHeaders));
  return answered;
}

/** A policy as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name!, sources]));
}

const header = headersFor({ 'Content-Type': ['text/html'] })!['Content-Security-Policy']![0]!;
const policy = parsePolicy(header);

describe('deliverContentSecurityPolicy', () => {
  it('adds the policy to a response and keeps its other headers', () => {
    expect(headersFor({ 'Content-Type': ['text/html'], 'X-Other': ['1'] })).toMatchObject({ 'Content-Type': ['text/html'], 'X-Other': ['1'] });
    expect(headersFor(undefined)!['Content-Security-Policy']).toHaveLength(1);
  });

  it('leaves a page shown as captured its own, stricter policy', () => {
    const own = { 'Content-Security-Policy': ["sandbox; default-src 'none'"] };
    // An empty answer keeps the response's headers as they are.
    expect(headersFor(own, 'rn-captured://page/abc')).toBeUndefined();
  });

  it('is strict: only our own files, no inline or eval, no plugins, frames, forms or <base>', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        // Any scheme or host source (https:, *, example.com) would let an article reach the network.
        expect(["'self'", "'none'", 'data:', 'blob:', ...(name === 'frame-src' ? ['rn-captured:'] : [])], `${name} ${source}`).toContain(source);
      }
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    for (const directive of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(policy.get(directive), directive).toEqual(["'none'"]);
    // Frames only for "View as captured", served sandboxed by serve-captured-pages.ts.
    expect(policy.get('frame-src')).toEqual(['rn-captured:']);
    // data: and blob: only for images (articles carry inline images); never for scripts or frames.
    for (const [name, sources] of policy) if (name !== 'img-src' && name !== 'frame-src') expect(sources.filter((source) => source.endsWith(':')), name).toEqual([]);
  });

  it('matches the <meta> policy of the renderer page (except frame-ancestors, which <meta> cannot carry, and frame-src, which it narrows)', async () => {
    const html = await readFile(path.resolve(import.meta.dirname, '..', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a CSP <meta>').toBeDefined();
    const fromMeta = parsePolicy(meta!);
    const fromHeader = new Map(policy);
    fromHeader.delete('frame-ancestors');
    // The <meta> allows both shells' captured-page frames; this header keeps only Electron's.
    expect(fromMeta.get('frame-src')).toEqual(["'self'", 'rn-captured:']);
    fromMeta.delete('frame-src');
    fromHeader.delete('frame-src');
    expect(Object.fromEntries(fromMeta)).toEqual(Object.fromEntries(fromHeader));
  });
});
