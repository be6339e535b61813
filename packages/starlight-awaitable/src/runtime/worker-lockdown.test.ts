import { describe, expect, it } from 'vitest';
import { lockDown } from './worker-lockdown.ts';

describe('lockDown', () => {
  it('removes names from the object and the prototypes it inherits them from', () => {
    class Base {
      fetch() {
        return 'network';
      }
    }
    const scope = Object.assign(Object.create(Base.prototype) as object, { caches: {}, keep: 1 });
    expect(lockDown(scope, ['fetch', 'caches'])).toEqual([]);
    expect((scope as Record<string, unknown>).fetch).toBeUndefined();
    expect((scope as Record<string, unknown>).caches).toBeUndefined();
    expect((scope as Record<string, unknown>).keep).toBe(1);
  });

  it('overwrites what cannot be deleted, and reports what it cannot hide at all', () => {
    const scope = {};
    Object.defineProperty(scope, 'postMessage', { value: () => 'sent', configurable: false, writable: true });
    Object.defineProperty(scope, 'fetch', { value: () => 'network', configurable: false, writable: false });
    expect(lockDown(scope, ['postMessage', 'fetch'])).toEqual(['fetch']);
    expect((scope as Record<string, unknown>).postMessage).toBeUndefined();
  });
});
