import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import type { ResearchNotesApi } from './contract.js';
import { dispatchApiCall } from './dispatch-api-call.js';

/** A fake API whose methods record their arguments; dispatch is pure, so no library is needed. */
function recordingApi(overrides: Partial<ResearchNotesApi> = {}): { api: ResearchNotesApi; calls: unknown[] } {
  const calls: unknown[] = [];
  const record = async (args: unknown): Promise<never> => {
    calls.push(args);
    return null as never;
  };
  const api = new Proxy({} as ResearchNotesApi, {
    get: (_target, name) => (overrides as Record<PropertyKey, unknown>)[name] ?? record,
  });
  return { api, calls };
}

const validTarget = {
  quote: { type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 3 },
};

describe('dispatchApiCall', () => {
  it('answers UNKNOWN_METHOD for a name outside the contract, including inherited names', async () => {
    const { api, calls } = recordingApi();
    for (const name of ['dropLibrary', 'toString', '__proto__', '']) {
      const result = await dispatchApiCall(api, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(calls).toEqual([]);
  });

  it('wraps the value of a successful call', async () => {
    const { api } = recordingApi({ getLibraryInfo: async () => ({ path: '/lib', articleCount: 2, notices: [] }) });
    expect(await dispatchApiCall(api, 'getLibraryInfo', {})).toEqual({
      ok: true,
      value: { path: '/lib', articleCount: 2, notices: [] },
    });
  });

  it('treats missing arguments as an empty object', async () => {
    const { api, calls } = recordingApi();
    expect(await dispatchApiCall(api, 'listArticles', undefined)).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{}]);
  });

  it('passes the parsed arguments: trimmed tags, unknown keys dropped', async () => {
    const { api, calls } = recordingApi();
    await dispatchApiCall(api, 'createHighlight', { articleId: 'a1', target: validTarget, tags: ['  CSTO '], extra: 1 });
    expect(calls).toEqual([{ articleId: 'a1', target: validTarget, tags: ['CSTO'] }]);
  });

  it.each([
    ['getArticle', {}, 'id'],
    ['getArticle', { id: 42 }, 'id'],
    ['getArticle', null, 'arguments'],
    ['createHighlight', { articleId: 'a1', target: { ...validTarget, position: { type: 'TextPositionSelector', start: -1, end: 3 } } }, 'target.position.start'],
    ['createHighlight', { articleId: 'a1', target: validTarget, tags: ['ok', '   '] }, 'tags[1]'],
    ['updateHighlight', { articleId: 'a1', id: 'h1', patch: { note: 5 } }, 'patch.note'],
    ['listTags', { limit: 0 }, 'limit'],
    ['importArticle', { format: 'exe' }, 'format'],
  ])('answers INVALID_ARGUMENT for %s(%j), naming %s', async (method, args, field) => {
    const { api, calls } = recordingApi();
    const result = await dispatchApiCall(api, method, args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_ARGUMENT');
    expect(result.error.message).toContain(method);
    expect(result.error.message).toContain(`${field}:`);
    expect(calls).toEqual([]);
  });

  it('turns a thrown ApiError into its code and message', async () => {
    const { api } = recordingApi({
      getArticle: async () => {
        throw new ApiError('NOT_FOUND', 'There is no article with id x.');
      },
    });
    expect(await dispatchApiCall(api, 'getArticle', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no article with id x.' },
    });
  });

  it('turns any other failure, even a synchronous throw, into BUG', async () => {
    const { api } = recordingApi({
      listArticles: (() => {
        throw new TypeError('boom');
      }) as ResearchNotesApi['listArticles'],
    });
    expect(await dispatchApiCall(api, 'listArticles', {})).toEqual({
      ok: false,
      error: { code: 'BUG', message: 'Research Notes hit a bug (please report it): boom' },
    });
  });

  it('calls the method on the api object, so class-based services keep `this`', async () => {
    class Service {
      readonly path = '/lib';
      async getLibraryInfo(): Promise<{ path: string; articleCount: number; notices: string[] }> {
        return { path: this.path, articleCount: 0, notices: [] };
      }
    }
    const result = await dispatchApiCall(new Service() as unknown as ResearchNotesApi, 'getLibraryInfo', {});
    expect(result).toEqual({ ok: true, value: { path: '/lib', articleCount: 0, notices: [] } });
  });
});
