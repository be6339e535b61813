/**
 * The localStorage key layout. Everything we store lives under one prefix so that "reset all progress" can remove
 * exactly our keys (and nothing another app on the same origin stored), and so that a `storage` event from
 * another tab can be told apart from unrelated ones by its key alone.
 *
 *   awaitable:meta                          {"version":1,"createdAt":"…","lastExportedAt":"…"}
 *   awaitable:exercise:<exercise id>        one exercise's record (code, solved, hints…), see schema.ts
 *
 * One key per exercise keeps each autosave small: typing in one exercise rewrites only that exercise's value.
 */

export const KEY_PREFIX = 'awaitable:';
export const META_KEY = `${KEY_PREFIX}meta`;
export const EXERCISE_KEY_PREFIX = `${KEY_PREFIX}exercise:`;

/** Storage key of one exercise, e.g. `awaitable:exercise:why-asyncio/concurrent-downloads`. */
export function exerciseKey(exerciseId: string): string {
  return EXERCISE_KEY_PREFIX + exerciseId;
}

/** The exercise id in an exercise key, or null for any other key (ours or not). */
export function parseExerciseKey(key: string): string | null {
  if (!key.startsWith(EXERCISE_KEY_PREFIX)) return null;
  const id = key.slice(EXERCISE_KEY_PREFIX.length);
  return id.length > 0 ? id : null;
}

/** True for every key this module owns (the ones `resetAll` removes). */
export function isOurKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX);
}
