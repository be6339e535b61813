import { describe, expect, it, vi } from 'vitest';
import { hasEarlyWorker, takePythonWorker } from './python-thread.ts';

const fakeWorker = () => ({ onerror: (() => {}) as unknown }) as unknown as Worker;

describe('takePythonWorker', () => {
  it('adopts the worker the page created early, once, and stops recording its early failures', () => {
    const early = { worker: fakeWorker(), failure: null };
    const scope: Record<string, unknown> = { __awaitableEarlyPython: early };
    const create = vi.fn(fakeWorker);
    expect(hasEarlyWorker(scope)).toBe(true);
    const taken = takePythonWorker(scope, create);
    expect(taken).toBe(early);
    expect(taken.worker.onerror).toBeNull();
    expect(create).not.toHaveBeenCalled();
    expect(hasEarlyWorker(scope)).toBe(false);
    // The next thread (after a stop or a crash) is a new worker.
    const next = takePythonWorker(scope, create);
    expect(next.worker).not.toBe(early.worker);
    expect(next.failure).toBeNull();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('passes on a failure that happened before the session listened', () => {
    const scope: Record<string, unknown> = {
      __awaitableEarlyPython: { worker: fakeWorker(), failure: 'Failed to load the worker script' },
    };
    expect(takePythonWorker(scope, fakeWorker).failure).toBe('Failed to load the worker script');
  });

  it('creates a worker when none was started early', () => {
    const create = vi.fn(fakeWorker);
    expect(hasEarlyWorker({})).toBe(false);
    expect(takePythonWorker({}, create).failure).toBeNull();
    expect(create).toHaveBeenCalledTimes(1);
  });
});
