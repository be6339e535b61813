/**
 * Test doubles for the progress modules (used only by the *.test.ts files beside them): an in-memory Storage with
 * an optional quota, a scheduler whose time moves only when told, and a settable clock.
 */
import type { Scheduler } from './autosave.ts';
import type { StorageLike } from './storage.ts';

/** Web Storage in memory. Several stores sharing one instance behave like tabs sharing localStorage. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** Largest total size (key + value characters) accepted; a write beyond it throws QuotaExceededError. */
  quota = Infinity;
  writes = 0;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    let size = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) size += k.length + v.length;
    if (size > this.quota) {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
    }
    this.items.set(key, value);
    this.writes++;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Timers that fire only on `advance(ms)`, in due order. */
export class FakeScheduler implements Scheduler {
  now = 0;
  private nextId = 1;
  private timers = new Map<number, { due: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { due: this.now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pending(): number {
    return this.timers.size;
  }

  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      let next: [number, { due: number; callback: () => void }] | null = null;
      for (const entry of this.timers) if (entry[1].due <= end && (!next || entry[1].due < next[1].due)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.now = next[1].due;
      next[1].callback();
    }
    this.now = end;
  }
}

/** A clock for `ProgressStore({ now })`, starting at 2025-01-01T00:00:00Z. */
export function fakeClock(start = Date.UTC(2025, 0, 1)) {
  const clock = { time: start, now: () => clock.time, tick: (ms: number) => (clock.time += ms) };
  return clock;
}
