import { describe, expect, it } from 'vitest';
import {
  parseStorageEvent,
  subscribeToProgressChanges,
  type ProgressChange,
  type StorageEventLike,
} from './cross-tab.ts';
import { exerciseKey, isOurKey, META_KEY, parseExerciseKey } from './keys.ts';
import { ProgressStore } from './store.ts';
import { MemoryStorage } from './testing.ts';

const EX = 'why-asyncio/concurrent-downloads';

/** A minimal `window` for storage events. */
class FakeWindow {
  private listeners = new Set<(event: StorageEventLike) => void>();
  addEventListener(_type: 'storage', listener: (event: StorageEventLike) => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'storage', listener: (event: StorageEventLike) => void): void {
    this.listeners.delete(listener);
  }
  dispatch(event: StorageEventLike): void {
    for (const listener of this.listeners) listener(event);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
}

describe('key layout', () => {
  it('maps exercise ids to keys and back', () => {
    expect(exerciseKey(EX)).toBe('awaitable:exercise:why-asyncio/concurrent-downloads');
    expect(parseExerciseKey(exerciseKey(EX))).toBe(EX);
    expect(parseExerciseKey('awaitable:exercise:')).toBeNull();
    expect(parseExerciseKey(META_KEY)).toBeNull();
    expect(parseExerciseKey('other:exercise:x')).toBeNull();
    expect(isOurKey(META_KEY)).toBe(true);
    expect(isOurKey('awaitable-x')).toBe(false);
  });
});

describe('cross-tab changes', () => {
  it('tells which exercise another tab changed', () => {
    const storage = new MemoryStorage();
    const win = new FakeWindow();
    const changes: ProgressChange[] = [];
    const unsubscribe = subscribeToProgressChanges(win, (change) => changes.push(change), storage);

    win.dispatch({ key: exerciseKey(EX), newValue: '{}', storageArea: storage });
    win.dispatch({ key: exerciseKey('b/c'), newValue: null, storageArea: storage });
    win.dispatch({ key: META_KEY, newValue: '{}', storageArea: storage });
    win.dispatch({ key: null, newValue: null, storageArea: storage });
    win.dispatch({ key: 'unrelated', newValue: 'x', storageArea: storage });
    win.dispatch({ key: exerciseKey(EX), newValue: '{}', storageArea: new MemoryStorage() }); // sessionStorage
    expect(changes).toEqual([
      { kind: 'exercise', exerciseId: EX, removed: false },
      { kind: 'exercise', exerciseId: 'b/c', removed: true },
      { kind: 'meta' },
      { kind: 'cleared' },
    ]);

    unsubscribe();
    expect(win.listenerCount).toBe(0);
    win.dispatch({ key: exerciseKey(EX), newValue: '{}', storageArea: storage });
    expect(changes).toHaveLength(4);
  });

  it('works without a storage area to compare', () => {
    expect(parseStorageEvent({ key: exerciseKey(EX), newValue: 'x' })).toEqual({
      kind: 'exercise',
      exerciseId: EX,
      removed: false,
    });
  });

  it('lets an editor react to the change (end to end with two stores)', () => {
    const storage = new MemoryStorage();
    const other = new ProgressStore({ storage, tabId: 'b' });
    const win = new FakeWindow();
    const mine = new ProgressStore({ storage, tabId: 'a' });
    const seen: string[] = [];
    subscribeToProgressChanges(
      win,
      (change) => {
        if (change.kind === 'exercise') seen.push(`${change.exerciseId}: ${mine.loadCode(change.exerciseId)?.code}`);
      },
      storage,
    );
    other.saveCode(EX, 'from b', { basedOn: null });
    // The browser would fire this in tab "a" after tab "b" wrote:
    win.dispatch({ key: exerciseKey(EX), newValue: storage.getItem(exerciseKey(EX)), storageArea: storage });
    expect(seen).toEqual([`${EX}: from b`]);
  });
});
