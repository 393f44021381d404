import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../core/api/contract.js';
import { createBridgeApi } from './create-bridge-api.js';

describe('createBridgeApi', () => {
  it('has one function per API method, each invoking api:<method> with only its argument', async () => {
    const calls: unknown[][] = [];
    const bridge = createBridgeApi(async (...args) => {
      calls.push(args);
      return { ok: true, value: null };
    });
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const method of API_METHODS) {
      await expect(bridge[method]({ id: 'x' })).resolves.toEqual({ ok: true, value: null });
    }
    expect(calls).toEqual(API_METHODS.map((method) => [`api:${method}`, { id: 'x' }]));
  });
});
