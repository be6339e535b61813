/**
 * The one progress fact every page needs at load — which exercises are solved — read without the store or zod,
 * so the sidebar's check marks cost a few hundred bytes of JS. Anything unreadable counts as not solved.
 */
import { exerciseKey } from './keys.ts';

export interface ReadableStorage {
  getItem(key: string): string | null;
}

export function isSolved(storage: ReadableStorage, exerciseId: string): boolean {
  try {
    const record = JSON.parse(storage.getItem(exerciseKey(exerciseId)) ?? 'null') as { solvedAt?: unknown } | null;
    return typeof record?.solvedAt === 'string';
  } catch {
    return false;
  }
}

/** Lesson folders whose exercises are all solved (a lesson without exercises is never "complete"). */
export function completedLessons(storage: ReadableStorage, exercisesByLesson: Record<string, string[]>): string[] {
  return Object.entries(exercisesByLesson)
    .filter(([, ids]) => ids.length > 0 && ids.every((id) => isSolved(storage, id)))
    .map(([lesson]) => lesson);
}
