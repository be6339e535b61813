import { describe, expect, it } from 'vitest';
import { completedLessons, isSolved } from './solved-marks.ts';
import { MemoryStorage } from './testing.ts';
import { ProgressStore } from './store.ts';

describe('solved marks', () => {
  it('reads what the progress store wrote', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore({ storage });
    store.markSolved('why/a');
    store.markAttempted('why/b');
    expect(isSolved(storage, 'why/a')).toBe(true);
    expect(isSolved(storage, 'why/b')).toBe(false);
    expect(completedLessons(storage, { why: ['why/a', 'why/b'], tasks: ['tasks/x'], empty: [] })).toEqual([]);
    store.markSolved('why/b');
    expect(completedLessons(storage, { why: ['why/a', 'why/b'], tasks: ['tasks/x'], empty: [] })).toEqual(['why']);
  });

  it('treats damaged records as not solved', () => {
    const storage = new MemoryStorage();
    storage.setItem('awaitable:exercise:why/a', '{not json');
    expect(isSolved(storage, 'why/a')).toBe(false);
  });
});
