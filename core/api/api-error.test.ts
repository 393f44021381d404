import { describe, expect, it } from 'vitest';
import { ApiError, toApiErrorData } from './api-error.js';

describe('ApiError as data', () => {
  it('carries the article it is about across a boundary', () => {
    const error = new ApiError('IMPORT_DUPLICATE', 'already there', { article: { id: 'a1', title: 'Council approves the bridge' } });
    const data = JSON.parse(JSON.stringify(toApiErrorData(error))) as unknown;
    expect(data).toEqual({ code: 'IMPORT_DUPLICATE', message: 'already there', article: { id: 'a1', title: 'Council approves the bridge' } });
    expect(ApiError.fromData(data).article).toEqual({ id: 'a1', title: 'Council approves the bridge' });
  });

  it('leaves the article out when there is none, and drops a malformed one', () => {
    expect(toApiErrorData(new ApiError('NOT_FOUND', 'gone'))).toEqual({ code: 'NOT_FOUND', message: 'gone' });
    expect(ApiError.fromData({ code: 'IMPORT_DUPLICATE', message: 'x', article: { id: 3 } }).article).toBeUndefined();
  });
});
