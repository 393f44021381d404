import { describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/api-error.js';
import { describeError, shownError } from './describe-error.js';

describe('shownError', () => {
  it('keeps an application error\'s message and code', () => {
    expect(shownError(new ApiError('LIBRARY_READ_ONLY', 'The library is open for reading only.'))).toEqual({ code: 'LIBRARY_READ_ONLY', message: 'The library is open for reading only.' });
  });

  it('shows anything else as a bug of the app, with what was thrown', () => {
    expect(shownError(new TypeError('x is undefined'))).toEqual({ code: 'BUG', message: 'Research Notes hit a bug (please report it): x is undefined' });
    expect(describeError('a string')).toBe('Something went wrong. Try again.');
  });
});
