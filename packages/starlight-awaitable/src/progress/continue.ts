/**
 * "Continue where you left off": from the saved progress, the exercise the learner last worked on (ran, checked,
 * edited or solved), or, when that one is solved, the next unsolved exercise in course order. Pure: the landing
 * page and the progress page pass in the course outline and the stored states.
 */
import type { ExerciseState } from './store.ts';

export interface ContinueExercise {
  id: string;
  title: string;
  href: string;
  lessonNumber: number;
  lessonTitle: string;
}

export type ContinuePoint =
  /** The last exercise worked on, not solved yet. */
  | { kind: 'resume'; exercise: ContinueExercise }
  /** The last one is solved: the next unsolved one in course order. */
  | { kind: 'next'; exercise: ContinueExercise; after: ContinueExercise }
  /** Every exercise is solved. */
  | { kind: 'done'; solved: number };

/** The last moment anything happened to an exercise (ms since the epoch), or null if nothing ever did. */
export function lastActivity(state: ExerciseState): number | null {
  const times = [
    state.codeSavedAt,
    state.attemptedAt && Date.parse(state.attemptedAt),
    state.solvedAt && Date.parse(state.solvedAt),
  ];
  const valid = times.filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
  return valid.length ? Math.max(...valid) : null;
}

/** Where to continue, or null when the learner has not worked on any exercise yet. */
export function continuePoint(
  course: readonly ContinueExercise[],
  stateOf: (id: string) => ExerciseState,
): ContinuePoint | null {
  let latest: { index: number; at: number } | null = null;
  const states = course.map((exercise) => stateOf(exercise.id));
  states.forEach((state, index) => {
    const at = lastActivity(state);
    // Ties (an import writes several at once) go to the later exercise in the course.
    if (at !== null && (latest === null || at >= latest.at)) latest = { index, at };
  });
  if (latest === null) return null;
  const { index } = latest as { index: number; at: number };
  if (states[index]!.status !== 'solved') return { kind: 'resume', exercise: course[index]! };
  const unsolved = (i: number) => states[i]!.status !== 'solved';
  const after = course.findIndex((_, i) => i > index && unsolved(i));
  const next = after >= 0 ? after : course.findIndex((_, i) => unsolved(i));
  if (next < 0) return { kind: 'done', solved: course.length };
  return { kind: 'next', exercise: course[next]!, after: course[index]! };
}

/** The sentence shown for a continue point (the exercise title is the link). */
export function describeContinue(point: ContinuePoint): { lead: string; link: ContinueExercise | null; tail: string } {
  const where = (e: ContinueExercise) => ` — lesson ${e.lessonNumber}, ${e.lessonTitle}`;
  if (point.kind === 'resume')
    return { lead: 'Continue where you left off: ', link: point.exercise, tail: where(point.exercise) };
  if (point.kind === 'next')
    return {
      lead: `You solved “${point.after.title}”. Next: `,
      link: point.exercise,
      tail: where(point.exercise),
    };
  return { lead: `You have solved all ${point.solved} exercises. Well done!`, link: null, tail: '' };
}
