/**
 * Autosave for one exercise's editor: edits are saved after a short pause in typing (debounced, so a keystroke
 * does not write to storage), at the latest every few seconds during continuous typing, and at once on `flush()`
 * (before a run, or when the page is hidden). Saves are conflict-aware: when another tab saved this exercise
 * since this editor loaded it, autosave stops and the UI asks the learner whether to keep theirs or mine.
 *
 * Timers come from an injectable Scheduler so tests can drive time by hand.
 */
import {
  rethrowLater,
  sameRevision,
  type ProgressStore,
  type Revision,
  type SavedCode,
  type SaveResult,
} from './store.ts';

/** The part of the timer API we use; `realScheduler` is the browser's. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DebounceOptions {
  /** Run at the latest this long after the first call of a burst, even if calls keep coming. */
  maxWait?: number;
  scheduler?: Scheduler;
}

/**
 * Calls `fn` with the latest arguments once calls stop for `wait` ms (or `maxWait` ms after a burst began).
 * `flush()` runs a pending call now; `cancel()` drops it.
 */
export class Debouncer<A extends unknown[]> {
  private readonly fn: (...args: A) => void;
  private readonly wait: number;
  private readonly maxWait: number | undefined;
  private readonly scheduler: Scheduler;
  private args: A | null = null;
  private idleTimer: unknown = null;
  private maxTimer: unknown = null;

  constructor(fn: (...args: A) => void, wait: number, options: DebounceOptions = {}) {
    this.fn = fn;
    this.wait = wait;
    this.maxWait = options.maxWait;
    this.scheduler = options.scheduler ?? realScheduler;
  }

  get pending(): boolean {
    return this.args !== null;
  }

  call(...args: A): void {
    const startsBurst = this.args === null;
    this.args = args;
    if (this.idleTimer !== null) this.scheduler.clearTimeout(this.idleTimer);
    this.idleTimer = this.scheduler.setTimeout(() => this.flush(), this.wait);
    if (startsBurst && this.maxWait !== undefined) {
      this.maxTimer = this.scheduler.setTimeout(() => this.flush(), this.maxWait);
    }
  }

  flush(): void {
    const args = this.args;
    this.cancel();
    if (args !== null) this.fn(...args);
  }

  cancel(): void {
    this.args = null;
    if (this.idleTimer !== null) this.scheduler.clearTimeout(this.idleTimer);
    if (this.maxTimer !== null) this.scheduler.clearTimeout(this.maxTimer);
    this.idleTimer = this.maxTimer = null;
  }
}

export interface AutosaveOptions {
  store: ProgressStore;
  exerciseId: string;
  /** Pause in typing before saving, ms. */
  delayMs?: number;
  /** Longest time an edit stays unsaved during continuous typing, ms. */
  maxWaitMs?: number;
  scheduler?: Scheduler;
  /** Every save's outcome: saved, kept in memory only (storage refused; `ok: false`), or a conflict. */
  onSave?: (result: SaveResult) => void;
}

export const AUTOSAVE_DELAY_MS = 500;
export const AUTOSAVE_MAX_WAIT_MS = 5000;

export type ExternalChange =
  /** Storage holds what this editor already has. */
  | { status: 'unchanged' }
  /** Another tab saved and this editor had no unsaved edits: show `code` (null: the saved code was removed). */
  | { status: 'reload'; code: string | null }
  /** Another tab saved while this editor has unsaved edits: ask the learner (keepMine / loadTheirs). */
  | { status: 'conflict'; theirs: SavedCode };

export class AutosaveController {
  private readonly store: ProgressStore;
  private readonly exerciseId: string;
  private readonly onSave: (result: SaveResult) => void;
  private readonly debouncer: Debouncer<[string]>;
  /** The stored version this editor's text derives from (null: from the starter code). */
  private base: Revision | null = null;
  /** The editor's latest text not yet saved (or held back by a conflict). */
  private latest: string | null = null;
  private conflicting: SavedCode | null = null;

  constructor(options: AutosaveOptions) {
    this.store = options.store;
    this.exerciseId = options.exerciseId;
    this.onSave = options.onSave ?? (() => {});
    this.debouncer = new Debouncer((code: string) => void this.save(code), options.delayMs ?? AUTOSAVE_DELAY_MS, {
      maxWait: options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS,
      scheduler: options.scheduler,
    });
  }

  /** The saved code to restore into the editor (null: none, show the starter code). Makes it this editor's base. */
  load(): string | null {
    const saved = this.store.loadCode(this.exerciseId);
    this.base = saved?.revision ?? null;
    this.latest = null;
    this.conflicting = null;
    this.debouncer.cancel();
    return saved?.code ?? null;
  }

  /** The editor's text changed. Saved after a pause; while a conflict is open the text is held, not saved. */
  edit(code: string): void {
    this.latest = code;
    if (this.conflicting) return;
    this.debouncer.call(code);
  }

  /** Saves a pending edit now (before running the code, on `pagehide`). Null if there was nothing to save. */
  flush(): SaveResult | null {
    const code = this.latest;
    if (!this.debouncer.pending || code === null) return null;
    this.debouncer.cancel();
    return this.save(code);
  }

  /** The other tab's code while a conflict is open, else null. */
  get conflict(): SavedCode | null {
    return this.conflicting;
  }

  /** Edits not yet in storage (pending, or held by a conflict). */
  get hasUnsavedChanges(): boolean {
    return this.latest !== null;
  }

  /** Resolves a conflict (or any doubt) by saving this editor's text over whatever storage holds. */
  keepMine(): SaveResult | null {
    this.debouncer.cancel();
    this.conflicting = null;
    const code = this.latest;
    if (code === null) return null;
    const result = this.store.forceSave(this.exerciseId, code);
    this.settle(code, result);
    return result;
  }

  /** Resolves a conflict by taking the stored code; returns it for the editor (null: none is stored any more). */
  loadTheirs(): string | null {
    return this.load();
  }

  /**
   * Call when another tab changed this exercise (see cross-tab.ts): reloads silently if this editor has no unsaved
   * edits, or opens a conflict if it has.
   */
  externalChange(): ExternalChange {
    const saved = this.store.loadCode(this.exerciseId);
    const same = saved ? sameRevision(saved.revision, this.base) : this.base === null;
    if (same) return { status: 'unchanged' };
    if (this.latest === null) {
      this.base = saved?.revision ?? null;
      return { status: 'reload', code: saved?.code ?? null };
    }
    if (!saved) return { status: 'unchanged' }; // removed elsewhere; our pending edit will recreate it
    this.debouncer.cancel();
    this.conflicting = saved;
    return { status: 'conflict', theirs: saved };
  }

  /** Saves anything pending and stops the timers (the editor is going away). */
  dispose(): void {
    this.flush();
    this.debouncer.cancel();
  }

  private save(code: string): SaveResult {
    const result = this.store.saveCode(this.exerciseId, code, { basedOn: this.base });
    this.settle(code, result);
    return result;
  }

  private settle(code: string, result: SaveResult): void {
    if (result.status === 'conflict') {
      this.conflicting = result.theirs;
    } else {
      this.base = result.revision;
      // Only clear if no newer edit arrived meanwhile.
      if (this.latest === code) this.latest = null;
    }
    try {
      this.onSave(result);
    } catch (error) {
      rethrowLater(error); // the UI's listener failing must not stop autosave
    }
  }
}
