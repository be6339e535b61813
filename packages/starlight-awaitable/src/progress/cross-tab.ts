/**
 * Cross-tab change notifications. Browsers fire a `storage` event in every OTHER tab of the origin when one tab
 * writes localStorage; this turns those events into "exercise X changed" / "everything was reset" so an open
 * editor can reload or raise a conflict (AutosaveController.externalChange) and the sidebar can refresh its marks.
 * Written against a minimal EventTarget so tests can dispatch fake events.
 */
import { isOurKey, META_KEY, parseExerciseKey } from './keys.ts';
import type { StorageLike } from './storage.ts';

/** The fields of a StorageEvent we read. */
export interface StorageEventLike {
  /** Null when the other tab called `localStorage.clear()`. */
  readonly key: string | null;
  readonly newValue: string | null;
  readonly storageArea?: unknown;
}

/** `window` satisfies this. */
export interface StorageEventTarget {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

export type ProgressChange =
  /** One exercise's record was written (`removed`: deleted, e.g. by a reset in the other tab). */
  | { kind: 'exercise'; exerciseId: string; removed: boolean }
  /** The meta record changed (e.g. an export was recorded). */
  | { kind: 'meta' }
  /** All of storage was cleared: reload everything. */
  | { kind: 'cleared' };

/** What a storage event means for progress, or null if it is not about our keys. */
export function parseStorageEvent(event: StorageEventLike, storage?: StorageLike | null): ProgressChange | null {
  // sessionStorage changes and other storage areas fire the same event; only ours matter.
  if (storage && event.storageArea !== undefined && event.storageArea !== storage) return null;
  if (event.key === null) return { kind: 'cleared' };
  if (!isOurKey(event.key)) return null;
  if (event.key === META_KEY) return { kind: 'meta' };
  const exerciseId = parseExerciseKey(event.key);
  return exerciseId === null ? null : { kind: 'exercise', exerciseId, removed: event.newValue === null };
}

/**
 * Calls `listener` for each progress change made by another tab. Returns the unsubscribe function.
 * Pass the storage the store uses so events from other storage areas are ignored.
 */
export function subscribeToProgressChanges(
  target: StorageEventTarget,
  listener: (change: ProgressChange) => void,
  storage?: StorageLike | null,
): () => void {
  const handler = (event: StorageEventLike) => {
    const change = parseStorageEvent(event, storage);
    if (change) listener(change);
  };
  target.addEventListener('storage', handler);
  return () => target.removeEventListener('storage', handler);
}
