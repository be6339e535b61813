import { describe, expect, it } from 'vitest';
import { AutosaveController, Debouncer } from './autosave.ts';
import { ProgressStore, type SaveResult } from './store.ts';
import { FakeScheduler, MemoryStorage } from './testing.ts';

const EX = 'why-asyncio/concurrent-downloads';

describe('Debouncer', () => {
  it('runs once with the latest arguments after calls stop', () => {
    const scheduler = new FakeScheduler();
    const calls: string[] = [];
    const debounced = new Debouncer((s: string) => calls.push(s), 500, { scheduler });
    debounced.call('a');
    scheduler.advance(300);
    debounced.call('ab');
    scheduler.advance(300);
    debounced.call('abc');
    expect(calls).toEqual([]);
    expect(debounced.pending).toBe(true);
    scheduler.advance(499);
    expect(calls).toEqual([]);
    scheduler.advance(1);
    expect(calls).toEqual(['abc']);
    expect(debounced.pending).toBe(false);
    expect(scheduler.pending).toBe(0);
  });

  it('runs at least every maxWait during continuous calls', () => {
    const scheduler = new FakeScheduler();
    const calls: number[] = [];
    const debounced = new Debouncer((n: number) => calls.push(n), 500, { scheduler, maxWait: 2000 });
    for (let i = 1; i <= 10; i++) {
      debounced.call(i);
      scheduler.advance(300); // never a 500 ms pause
    }
    expect(calls).toEqual([7]); // at 2000 ms the 7th call (made at 1800 ms) was the latest
    scheduler.advance(500);
    expect(calls).toEqual([7, 10]);
  });

  it('flushes now and cancels', () => {
    const scheduler = new FakeScheduler();
    const calls: string[] = [];
    const debounced = new Debouncer((s: string) => calls.push(s), 500, { scheduler });
    debounced.flush(); // nothing pending: no call
    debounced.call('x');
    debounced.flush();
    expect(calls).toEqual(['x']);
    debounced.call('y');
    debounced.cancel();
    scheduler.advance(1000);
    expect(calls).toEqual(['x']);
    expect(scheduler.pending).toBe(0);
  });
});

function tab(storage: MemoryStorage, tabId: string, scheduler = new FakeScheduler()) {
  const store = new ProgressStore({ storage, now: () => Date.UTC(2025, 0, 1) + scheduler.now, tabId });
  const results: SaveResult[] = [];
  const editor = new AutosaveController({
    store,
    exerciseId: EX,
    delayMs: 500,
    maxWaitMs: 5000,
    scheduler,
    onSave: (r) => results.push(r),
  });
  return { store, editor, scheduler, results };
}

describe('AutosaveController', () => {
  it('saves edits after a pause and restores them on reload', () => {
    const storage = new MemoryStorage();
    const { editor, scheduler, results } = tab(storage, 'a');
    expect(editor.load()).toBeNull();
    editor.edit('p');
    editor.edit('pr');
    editor.edit('print(1)');
    expect(editor.hasUnsavedChanges).toBe(true);
    expect(storage.writes).toBe(0);
    scheduler.advance(500);
    expect(results).toMatchObject([{ status: 'saved', ok: true }]);
    expect(editor.hasUnsavedChanges).toBe(false);

    const reloaded = tab(storage, 'a2').editor;
    expect(reloaded.load()).toBe('print(1)');
  });

  it('flush saves at once (before a run) and returns the result', () => {
    const storage = new MemoryStorage();
    const { editor, store } = tab(storage, 'a');
    editor.load();
    expect(editor.flush()).toBeNull();
    editor.edit('x = 1');
    expect(editor.flush()).toMatchObject({ status: 'saved', ok: true });
    expect(store.loadCode(EX)?.code).toBe('x = 1');
    editor.edit('x = 2');
    editor.dispose();
    expect(store.loadCode(EX)?.code).toBe('x = 2');
  });

  it('stops on a conflict between two tabs; the learner keeps theirs or mine', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'tab-a');
    const b = tab(storage, 'tab-b');
    a.editor.load();
    a.editor.edit('v1');
    a.editor.flush();
    b.editor.load();
    a.editor.load();

    b.editor.edit('B wrote this');
    b.scheduler.advance(500);
    a.editor.edit('A wrote this');
    a.scheduler.advance(500);
    expect(a.results.at(-1)).toMatchObject({ status: 'conflict', theirs: { code: 'B wrote this' } });
    expect(a.editor.conflict?.code).toBe('B wrote this');
    expect(a.store.loadCode(EX)?.code).toBe('B wrote this');

    // While the conflict is open, edits are held, not saved.
    a.editor.edit('A wrote more');
    a.scheduler.advance(10_000);
    expect(a.store.loadCode(EX)?.code).toBe('B wrote this');
    expect(a.editor.hasUnsavedChanges).toBe(true);

    // Keep mine: A's latest text wins, and B now conflicts on its next save.
    expect(a.editor.keepMine()).toMatchObject({ status: 'saved', ok: true });
    expect(a.editor.conflict).toBeNull();
    expect(b.store.loadCode(EX)?.code).toBe('A wrote more');
    b.editor.edit('B again');
    expect(b.editor.flush()?.status).toBe('conflict');

    // Load theirs: B takes A's code and autosaves normally from there.
    expect(b.editor.loadTheirs()).toBe('A wrote more');
    b.editor.edit('B on top of A');
    expect(b.editor.flush()).toMatchObject({ status: 'saved', ok: true });
  });

  it("reloads on another tab's change when clean, raises a conflict when it has unsaved edits", () => {
    const storage = new MemoryStorage();
    const a = tab(storage, 'tab-a');
    const b = tab(storage, 'tab-b');
    a.editor.load();
    b.editor.load();
    expect(a.editor.externalChange()).toEqual({ status: 'unchanged' });

    b.editor.edit('from B');
    b.editor.flush();
    expect(a.editor.externalChange()).toEqual({ status: 'reload', code: 'from B' });
    a.editor.edit('A edits B');
    expect(a.editor.flush()).toMatchObject({ status: 'saved' }); // A's base moved to B's version: no conflict

    b.editor.externalChange();
    b.editor.edit('B typing');
    a.editor.edit('A typing');
    a.editor.flush();
    const change = b.editor.externalChange();
    expect(change).toMatchObject({ status: 'conflict', theirs: { code: 'A typing' } });
    b.scheduler.advance(1000);
    expect(b.store.loadCode(EX)?.code).toBe('A typing');
  });

  it('passes a quota failure on to the UI and keeps the code in memory', () => {
    const storage = new MemoryStorage();
    const { editor, store, results } = tab(storage, 'a');
    editor.load();
    storage.quota = 10;
    editor.edit('too long to fit');
    editor.flush();
    expect(results).toMatchObject([{ status: 'saved', ok: false, reason: 'quota' }]);
    expect(store.loadCode(EX)?.code).toBe('too long to fit');
    storage.quota = Infinity;
    editor.edit('fits now');
    expect(editor.flush()).toMatchObject({ status: 'saved', ok: true });
  });
});
