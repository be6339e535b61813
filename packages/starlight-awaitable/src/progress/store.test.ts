import { describe, expect, it } from 'vitest';
import { exerciseKey, META_KEY } from './keys.ts';
import { browserStorage, classifyStorageError, type StorageLike } from './storage.ts';
import { ProgressStore, type StoreIssue } from './store.ts';
import { fakeClock, MemoryStorage } from './testing.ts';

const EX = 'why-asyncio/concurrent-downloads';

function setup(storage: StorageLike | null = new MemoryStorage(), tabId = 'tab-a') {
  const clock = fakeClock();
  const issues: StoreIssue[] = [];
  const store = new ProgressStore({ storage, now: clock.now, tabId, onIssue: (issue) => issues.push(issue) });
  return { store, clock, issues, storage };
}

describe('saving and restoring code', () => {
  it('restores saved code per exercise in a fresh store (a reload)', () => {
    const storage = new MemoryStorage();
    const { store, clock } = setup(storage);
    expect(store.loadCode(EX)).toBeNull();
    const saved = store.saveCode(EX, 'print(1)', { basedOn: null });
    expect(saved).toMatchObject({ status: 'saved', ok: true, revision: { rev: 1, tab: 'tab-a' }, savedAt: clock.time });
    store.saveCode('other/ex', 'print(2)', { basedOn: null });

    const reloaded = setup(storage, 'tab-b').store;
    expect(reloaded.loadCode(EX)).toEqual({
      code: 'print(1)',
      savedAt: clock.time,
      revision: { rev: 1, tab: 'tab-a' },
    });
    expect(reloaded.loadCode('other/ex')?.code).toBe('print(2)');
    expect(reloaded.getState(EX).status).toBe('started');
  });

  it('keeps one compact key per exercise, so saving one exercise writes only its key', () => {
    const storage = new MemoryStorage();
    const { store } = setup(storage);
    store.saveCode(EX, 'a', { basedOn: null });
    store.saveCode('b/c', 'b', { basedOn: null });
    expect([...storage.items.keys()].sort()).toEqual([exerciseKey('b/c'), META_KEY, exerciseKey(EX)].sort());
    expect(storage.getItem(exerciseKey(EX))).toBe(
      '{"code":{"text":"a","savedAt":1735689600000,"rev":1,"tab":"tab-a"}}',
    );
    const writes = storage.writes;
    const other = storage.getItem(exerciseKey('b/c'));
    const first = store.loadCode(EX)!;
    store.saveCode(EX, 'a2', { basedOn: first.revision });
    expect(storage.writes).toBe(writes + 1);
    expect(storage.getItem(exerciseKey('b/c'))).toBe(other);
  });

  it('does not rewrite unchanged code', () => {
    const storage = new MemoryStorage();
    const { store } = setup(storage);
    const first = store.saveCode(EX, 'same', { basedOn: null });
    const writes = storage.writes;
    const again = store.saveCode(EX, 'same', { basedOn: first.status === 'saved' ? first.revision : null });
    expect(again).toMatchObject({ status: 'saved', revision: { rev: 1 } });
    expect(storage.writes).toBe(writes);
  });

  it('keeps solved state and other fields when code is saved', () => {
    const { store } = setup();
    store.markSolved(EX);
    store.saveCode(EX, 'x', { basedOn: null });
    expect(store.getState(EX).status).toBe('solved');
  });
});

describe('attempted, solved, hints', () => {
  it('records the first attempt and keeps the earliest solved date', () => {
    const { store, clock } = setup();
    expect(store.getState(EX)).toEqual({
      id: EX,
      status: 'not-started',
      solvedAt: null,
      attemptedAt: null,
      codeSavedAt: null,
      hintsRevealed: 0,
      solutionShown: false,
    });
    store.markAttempted(EX);
    expect(store.getState(EX)).toMatchObject({ status: 'attempted', attemptedAt: '2025-01-01T00:00:00.000Z' });
    clock.tick(60_000);
    store.markAttempted(EX);
    store.markSolved(EX);
    expect(store.getState(EX)).toMatchObject({
      status: 'solved',
      attemptedAt: '2025-01-01T00:00:00.000Z',
      solvedAt: '2025-01-01T00:01:00.000Z',
    });
    clock.tick(86_400_000);
    store.markSolved(EX); // solving again later keeps the first date
    expect(store.getState(EX).solvedAt).toBe('2025-01-01T00:01:00.000Z');
    store.markSolved(EX, new Date('2024-12-31T00:00:00Z')); // an earlier date (e.g. merged) wins
    expect(store.getState(EX).solvedAt).toBe('2024-12-31T00:00:00.000Z');
  });

  it('stores hints revealed (never decreasing) and whether the solution was shown', () => {
    const { store } = setup();
    store.setHintsRevealed(EX, 2);
    store.setHintsRevealed(EX, 1);
    store.markSolutionShown(EX);
    expect(store.getState(EX)).toMatchObject({ hintsRevealed: 2, solutionShown: true, status: 'not-started' });
  });

  it('answers "is this lesson complete" and lists every exercise', () => {
    const { store } = setup();
    const lesson = ['l/one', 'l/two'];
    expect(store.isLessonComplete(lesson)).toBe(false);
    store.markSolved('l/one');
    store.saveCode('z/other', 'x', { basedOn: null });
    expect(store.lessonProgress(lesson)).toEqual({ total: 2, solved: 1, complete: false });
    store.markSolved('l/two');
    expect(store.isLessonComplete(lesson)).toBe(true);
    expect(store.isLessonComplete([])).toBe(false);
    expect(store.list().map((s) => [s.id, s.status])).toEqual([
      ['l/one', 'solved'],
      ['l/two', 'solved'],
      ['z/other', 'started'],
    ]);
  });
});

describe('two tabs sharing one storage', () => {
  it('refuses to overwrite code another tab saved since, and forceSave overrides', () => {
    const storage = new MemoryStorage();
    const a = setup(storage, 'tab-a');
    const b = setup(storage, 'tab-b');
    a.store.saveCode(EX, 'v1', { basedOn: null });
    const aBase = a.store.loadCode(EX)!.revision;
    const bBase = b.store.loadCode(EX)!.revision; // both tabs opened on v1

    b.clock.tick(5000);
    const bSaved = b.store.saveCode(EX, 'from B', { basedOn: bBase });
    expect(bSaved).toMatchObject({ status: 'saved', revision: { rev: 2, tab: 'tab-b' } });

    const conflict = a.store.saveCode(EX, 'from A', { basedOn: aBase });
    expect(conflict).toEqual({
      status: 'conflict',
      theirs: { code: 'from B', savedAt: b.clock.time, revision: { rev: 2, tab: 'tab-b' } },
    });
    expect(a.store.loadCode(EX)?.code).toBe('from B'); // nothing was overwritten

    const forced = a.store.forceSave(EX, 'from A');
    expect(forced).toMatchObject({ status: 'saved', revision: { rev: 3, tab: 'tab-a' } });
    expect(b.store.loadCode(EX)?.code).toBe('from A');
  });

  it('tells equal counters from different tabs apart', () => {
    const storage = new MemoryStorage();
    const a = setup(storage, 'tab-a').store;
    const b = setup(storage, 'tab-b').store;
    const aSaved = a.saveCode(EX, 'a', { basedOn: null });
    b.resetAll();
    b.saveCode(EX, 'b', { basedOn: null }); // rev 1 again, written by tab-b
    expect(a.saveCode(EX, 'a2', { basedOn: aSaved.status === 'saved' ? aSaved.revision : null }).status).toBe(
      'conflict',
    );
  });

  it('a tab that started from no saved code conflicts with code saved meanwhile', () => {
    const storage = new MemoryStorage();
    setup(storage, 'tab-b').store.saveCode(EX, 'b', { basedOn: null });
    expect(setup(storage, 'tab-a').store.saveCode(EX, 'a', { basedOn: null }).status).toBe('conflict');
  });

  it('re-saves code that another tab removed (reset) rather than losing it', () => {
    const storage = new MemoryStorage();
    const a = setup(storage, 'tab-a').store;
    const first = a.saveCode(EX, 'a', { basedOn: null });
    setup(storage, 'tab-b').store.resetAll();
    const again = a.saveCode(EX, 'a2', { basedOn: first.status === 'saved' ? first.revision : null });
    expect(again).toMatchObject({ status: 'saved', revision: { rev: 2 } });
  });
});

describe('storage failures', () => {
  it('keeps working in memory when the quota is exceeded, reports it once, and recovers', () => {
    const storage = new MemoryStorage();
    const { store, issues } = setup(storage);
    store.saveCode(EX, 'small', { basedOn: null });
    storage.quota = 200;
    const big = 'x'.repeat(500);
    const result = store.saveCode(EX, big, { basedOn: store.loadCode(EX)!.revision });
    expect(result).toMatchObject({ status: 'saved', ok: false, reason: 'quota' });
    expect(result.status === 'saved' && !result.ok && result.message).toMatch(/storage for this site is full/);
    expect(store.loadCode(EX)?.code).toBe(big); // this session still sees it
    expect(store.markSolved('other/ex')).toMatchObject({ ok: false, reason: 'quota' });
    expect(store.getState('other/ex').status).toBe('solved');
    expect(issues.filter((i) => i.kind === 'storage')).toHaveLength(1); // reported once

    storage.quota = Infinity;
    const next = store.saveCode(EX, big + '!', { basedOn: store.loadCode(EX)!.revision });
    expect(next).toMatchObject({ status: 'saved', ok: true });
    expect(setup(storage, 'fresh').store.loadCode(EX)?.code).toBe(big + '!');
  });

  it("lets another tab's write win over a value that never reached storage", () => {
    const storage = new MemoryStorage();
    const a = setup(storage, 'tab-a').store;
    storage.quota = 0;
    const mine = a.saveCode(EX, 'unsaved in A', { basedOn: null });
    expect(mine).toMatchObject({ ok: false });
    storage.quota = Infinity;
    setup(storage, 'tab-b').store.saveCode(EX, 'from B', { basedOn: null });
    expect(a.loadCode(EX)?.code).toBe('from B');
    expect(a.saveCode(EX, 'A again', { basedOn: mine.status === 'saved' ? mine.revision : null }).status).toBe(
      'conflict',
    );
  });

  it('works in memory when storage is unavailable', () => {
    const { store } = setup(null);
    expect(store.persistent).toBe(false);
    const saved = store.saveCode(EX, 'x', { basedOn: null });
    expect(saved).toMatchObject({ status: 'saved', ok: false, reason: 'unavailable' });
    expect(store.loadCode(EX)?.code).toBe('x');
    expect(store.list().map((s) => s.id)).toEqual([EX]);
    expect(store.resetAll()).toMatchObject({ ok: true, removed: 1 });
    expect(store.loadCode(EX)).toBeNull();
  });

  it('never throws when every storage call throws', () => {
    const broken: StorageLike = {
      get length(): number {
        throw new Error('denied');
      },
      key: () => {
        throw new Error('denied');
      },
      getItem: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      setItem: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const { store } = setup(broken);
    expect(store.saveCode(EX, 'x', { basedOn: null })).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(store.loadCode(EX)?.code).toBe('x');
    expect(store.list()).toHaveLength(1);
    expect(store.resetAll().ok).toBe(true);
  });

  it('classifies quota errors across browsers', () => {
    expect(classifyStorageError({ name: 'QuotaExceededError' })).toBe('quota');
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('quota');
    expect(classifyStorageError({ name: 'Error', code: 22 })).toBe('quota');
    expect(classifyStorageError({ name: 'SecurityError' })).toBe('unavailable');
    expect(classifyStorageError(new TypeError('x'))).toBe('error');
  });

  it('probes localStorage before trusting it', () => {
    const storage = new MemoryStorage();
    expect(browserStorage({ localStorage: storage })).toBe(storage);
    expect(storage.length).toBe(0); // the probe cleaned up
    expect(browserStorage({})).toBeNull();
    storage.quota = 0;
    expect(browserStorage({ localStorage: storage })).toBeNull();
  });
});

describe('corrupted entries', () => {
  it('ignores an unreadable key, reports it once, and keeps the other exercises', () => {
    const storage = new MemoryStorage();
    storage.setItem(exerciseKey('bad/json'), '{not json');
    storage.setItem(exerciseKey('bad/shape'), JSON.stringify({ code: 42 }));
    const { store, issues } = setup(storage);
    store.markSolved('good/one');
    expect(store.getState('bad/json').status).toBe('not-started');
    expect(store.list().map((s) => s.id)).toEqual(['good/one']);
    store.list();
    expect(issues.map((i) => i.kind === 'corrupt' && i.exerciseId)).toEqual(['bad/json', 'bad/shape']);
    expect(issues[0]!.message).toMatch(/damaged and has been ignored/);
    // Saving over an unreadable entry works.
    expect(store.saveCode('bad/json', 'fresh', { basedOn: null })).toMatchObject({ status: 'saved', ok: true });
  });

  it('keeps the readable fields of a partly damaged record, code above all', () => {
    const storage = new MemoryStorage();
    const code = { text: 'precious', savedAt: 5, rev: 3, tab: 't' };
    storage.setItem(exerciseKey(EX), JSON.stringify({ code, solvedAt: 'yesterday', hints: -1 }));
    const { store, issues } = setup(storage);
    expect(store.loadCode(EX)?.code).toBe('precious');
    expect(store.getState(EX).solvedAt).toBeNull();
    expect(issues).toMatchObject([{ kind: 'corrupt', salvaged: true }]);
  });

  it('replaces a damaged meta key', () => {
    const storage = new MemoryStorage();
    storage.setItem(META_KEY, 'garbage');
    const { store, issues } = setup(storage);
    store.markAttempted(EX);
    expect(store.meta()).toEqual({ version: 1, createdAt: '2025-01-01T00:00:00.000Z' });
    expect(issues).toMatchObject([{ kind: 'corrupt', key: META_KEY }]);
  });
});

describe('reset', () => {
  it('removes only our keys', () => {
    const storage = new MemoryStorage();
    storage.setItem('someone-else', 'keep me');
    storage.setItem('awaitable-lookalike', 'keep me too');
    const { store } = setup(storage);
    store.saveCode(EX, 'x', { basedOn: null });
    store.markSolved('b/c');
    expect(store.resetAll()).toEqual({ ok: true, removed: 3 });
    expect([...storage.items.keys()].sort()).toEqual(['awaitable-lookalike', 'someone-else']);
    expect(store.list()).toEqual([]);
  });
});
