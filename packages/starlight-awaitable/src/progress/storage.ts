/**
 * A fault-tolerant view of Web Storage. localStorage can be missing (disabled, some private modes), can throw on
 * mere access (SecurityError when cookies are blocked), and can refuse a write (quota exceeded). None of that may
 * reach the UI as an exception: every operation here returns a result that says what happened, in words a learner
 * can act on.
 */

/** The part of the Web Storage API we use; `localStorage` satisfies it, and tests pass an in-memory fake. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why a write did not reach storage. */
export type StorageFailure = 'quota' | 'unavailable' | 'error';

export type WriteResult = { ok: true } | { ok: false; reason: StorageFailure; message: string };

export const WRITE_OK: WriteResult = Object.freeze({ ok: true });

/**
 * The browser's localStorage, or null when it cannot be used. Accessing `window.localStorage` itself throws
 * in some configurations, and Safari's old private mode only fails on the first write, so we probe with one.
 */
export function browserStorage(
  scope: { localStorage?: StorageLike } = globalThis as { localStorage?: StorageLike },
): StorageLike | null {
  try {
    const storage = scope.localStorage;
    if (!storage) return null;
    const probe = 'awaitable:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Sorts a thrown storage error into quota / unavailable / other, across browsers' names and legacy codes. */
export function classifyStorageError(error: unknown): StorageFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const code = typeof error === 'object' && error !== null && 'code' in error ? Number(error.code) : NaN;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    return 'quota';
  }
  if (name === 'SecurityError' || name === 'InvalidAccessError') return 'unavailable';
  return 'error';
}

/** What to tell the learner when their progress could not be saved. */
export function describeStorageProblem(reason: StorageFailure, detail?: string): string {
  switch (reason) {
    case 'quota':
      return (
        "Your browser's storage for this site is full, so your latest changes are kept only in this tab for now. " +
        'Export your progress to keep a copy, or free some space and edit again.'
      );
    case 'unavailable':
      return (
        'Your browser does not let this site save data (private browsing or blocked site data), so your progress ' +
        'lasts only until you close this tab. Use "Export progress" to keep a copy.'
      );
    case 'error':
      return (
        `Your progress could not be saved${detail ? ` (${detail})` : ''}. It is kept in this tab for now; ` +
        'export it to keep a copy.'
      );
  }
}

export function failure(reason: StorageFailure, error?: unknown): WriteResult {
  const detail = error instanceof Error ? error.message : error === undefined ? undefined : String(error);
  return { ok: false, reason, message: describeStorageProblem(reason, detail) };
}

/** setItem that reports instead of throwing. `storage` null means storage is unavailable. */
export function safeSet(storage: StorageLike | null, key: string, value: string): WriteResult {
  if (!storage) return failure('unavailable');
  try {
    storage.setItem(key, value);
    return WRITE_OK;
  } catch (error) {
    return failure(classifyStorageError(error), error);
  }
}

export function safeRemove(storage: StorageLike | null, key: string): WriteResult {
  if (!storage) return failure('unavailable');
  try {
    storage.removeItem(key);
    return WRITE_OK;
  } catch (error) {
    return failure(classifyStorageError(error), error);
  }
}

/** getItem that reports a failed read as `undefined` (storage unusable) rather than throwing; null = no such key. */
export function safeGet(storage: StorageLike | null, key: string): string | null | undefined {
  if (!storage) return undefined;
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

/** All keys currently in storage, or [] if they cannot be listed. Collected first, so removing while iterating is safe. */
export function safeKeys(storage: StorageLike | null): string[] {
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
